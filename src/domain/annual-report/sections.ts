/**
 * @module The six narrative sections, identical in both formats (domain.md §1.2).
 */

export const SECTIONS = [
  { key: 'overview', heading: '一、总体情况', anchors: ['总体情况'] },
  { key: 'proactiveDisclosure', heading: '二、主动公开政府信息情况', anchors: ['主动公开政府信息情况', '主动公开情况'] },
  { key: 'applications', heading: '三、收到和处理政府信息公开申请情况', anchors: ['收到和处理政府信息公开申请情况', '处理政府信息公开申请情况'] },
  { key: 'reviewLitigation', heading: '四、政府信息公开行政复议、行政诉讼情况', anchors: ['行政复议、行政诉讼情况', '行政复议行政诉讼情况', '行政复议和行政诉讼情况'] },
  { key: 'problemsImprovements', heading: '五、存在的主要问题及改进情况', anchors: ['存在的主要问题及改进情况', '存在的问题及改进情况', '主要问题及改进情况', '存在的主要问题和改进情况', '存在问题及改进情况'] },
  { key: 'otherMatters', heading: '六、其他需要报告的事项', anchors: ['其他需要报告的事项'] },
] as const;
export type SectionKey = (typeof SECTIONS)[number]['key'];
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);
