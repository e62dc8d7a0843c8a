/**
 * @module Findings as readable text for a terminal.
 */
import type { Finding } from '../domain/shared/finding.js';
import type { AnnualReport } from '../domain/annual-report/report.js';

const MARK = { error: '✖ 错误', warning: '⚠ 警告', info: 'ℹ 提示' } as const;

export function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function formatFindings(name: string, report: AnnualReport, findings: readonly Finding[], verbose: boolean): string {
  const n = countBySeverity(findings);
  const head = `${name}  ${report.agency ?? '（未识别机关）'} ${report.year ?? '????'}年度（${report.format} 版格式）  错误 ${n.error} · 警告 ${n.warning} · 提示 ${n.info}`;
  const lines = [head];
  for (const f of findings) {
    if (f.severity === 'info' && !verbose) continue;
    lines.push(`  ${MARK[f.severity]} ${f.rule}  ${f.message.zh}`);
    lines.push(`      ${f.message.en}`);
    if (f.paths.length > 0) lines.push(`      ${f.paths.slice(0, 6).join(', ')}${f.paths.length > 6 ? ` … (+${f.paths.length - 6})` : ''}`);
  }
  if (n.info > 0 && !verbose) lines.push(`  （另有 ${n.info} 条提示，加 --verbose 显示 / ${n.info} notes hidden, use --verbose）`);
  return lines.join('\n');
}
