/**
 * @module The demo region loaded on first start: one city with its counties
 * and departments, named so that the five sample reports in `samples/` match
 * (兴和县, 成安县, 康乐县, 涧西区, 桦甸市统计局). The city is fictional; the
 * county names are those of the published samples.
 */
import type { AgencyLevel } from '../../domain/agency/agency.js';

export interface DemoAgency {
  readonly name: string;
  readonly level: AgencyLevel;
  readonly aliases?: readonly string[];
  readonly children?: readonly DemoAgency[];
}

const departments = (place: string, names: readonly string[]): DemoAgency[] => names.map((n) => ({ name: `${place}${n}`, level: 'department' }));

export const DEMO_REGION: DemoAgency = {
  name: '示范市',
  level: 'city',
  aliases: ['示范市人民政府'],
  children: [
    { name: '兴和县', level: 'county', aliases: ['兴和县人民政府'], children: departments('兴和县', ['教育局', '财政局', '卫生健康委员会', '统计局']) },
    { name: '成安县', level: 'county', aliases: ['成安县人民政府'], children: departments('成安县', ['教育局', '民政局', '自然资源和规划局']) },
    { name: '康乐县', level: 'county', aliases: ['康乐县人民政府'], children: departments('康乐县', ['教育局', '农业农村局', '市场监督管理局']) },
    { name: '涧西区', level: 'county', aliases: ['涧西区人民政府'], children: departments('涧西区', ['教育局', '住房和城乡建设局', '司法局']) },
    { name: '桦甸市', level: 'county', aliases: ['桦甸市人民政府'], children: departments('桦甸市', ['统计局', '财政局', '交通运输局']) },
  ],
};
