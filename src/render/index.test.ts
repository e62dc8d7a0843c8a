import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../domain/shared/errors.js';
import { CORPUS_2019, CORPUS_2021, corpusReport } from './corpus.test-util.js';
import { RENDERERS, RENDERER_IDS, getRenderer, isRendererId, renderReport } from './index.js';

describe('renderer registry', () => {
  it('has one renderer per id, each naming its media type and extension', () => {
    expect(Object.keys(RENDERERS).sort()).toEqual([...RENDERER_IDS].sort());
    for (const id of RENDERER_IDS) {
      const r = getRenderer(id);
      expect(r.id).toBe(id);
      expect(r.mediaType).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(r.extension).toMatch(/^[a-z]+$/);
    }
    expect(getRenderer('md').extension).toBe('md');
    expect(getRenderer('xlsx').mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses an unknown id with RENDER_UNSUPPORTED', () => {
    expect(isRendererId('pdf')).toBe(false);
    expect(isRendererId('toString')).toBe(false);
    for (const id of ['pdf', 'toString', '']) {
      try {
        getRenderer(id);
        throw new Error('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(GongkaiError);
        expect((e as GongkaiError).code).toBe('RENDER_UNSUPPORTED');
      }
    }
  });

  for (const id of [CORPUS_2021, CORPUS_2019]) {
    it(`renders every format to non-empty bytes (${id})`, async () => {
      const report = corpusReport(id);
      for (const rid of RENDERER_IDS) {
        const bytes = await renderReport(report, rid);
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect(bytes.length, rid).toBeGreaterThan(500);
      }
      // The OOXML formats are zips.
      for (const rid of ['xlsx', 'docx'] as const) {
        const bytes = await renderReport(report, rid);
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
      }
    });
  }

  it('does not change the report it renders', async () => {
    const report = corpusReport(CORPUS_2021);
    const before = JSON.stringify(report);
    for (const rid of RENDERER_IDS) await renderReport(report, rid, { findings: [] });
    expect(JSON.stringify(report)).toBe(before);
  });
});
