/**
 * References between the plan's data files: every tier, owner, template,
 * channel, KPI and glossary term that one file names exists in its own file,
 * and ids are unique within each list.
 */
import type { CheckedContent, Problem } from '#src/schemas/check.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { checkUniqueIds, describeUnknown } from '../check-messages.ts';
import type { PlanRule } from './rule.ts';

/** Every tier, owner, template, channel, KPI and glossary term that data refers to exists; ids are unique. */
function checkPlanReferences(content: CheckedContent): Problem[] {
	const { tiers, channels, templates, touchpoints, feedback, kpis, glossary } = readPlanData(content);
	const problems: Problem[] = [];
	const owners = new Set(content.owners.map((o) => o.id));
	const tierIds = new Set((tiers ?? []).map((t) => t.id));
	const channelIds = new Set((channels ?? []).map((c) => c.id));
	const templateIds = new Set((templates ?? []).map((t) => t.id));
	const kpiIds = new Set((kpis ?? []).map((k) => k.id));
	const glossaryIds = new Set((glossary ?? []).map((g) => g.id));
	const ownersFile = `${DATA}/owners.yaml`;

	const checkOwner = (file: string, field: string, what: string, id: string) => {
		if (!owners.has(id)) problems.push({ file, field, message: `${what}: ${describeUnknown('owner', id, owners, { addTo: ownersFile })}` });
	};
	const checkUnique = (file: string, list: { id: string }[], kind: string) => problems.push(...checkUniqueIds(file, list, kind));

	if (touchpoints) {
		const file = fileOf('touchpoints');
		checkUnique(file, touchpoints, 'touchpoint');
		touchpoints.forEach((tp, i) => {
			const what = `touchpoint "${tp.id}"`;
			checkOwner(file, `[${i}].owner`, what, tp.owner);
			if (channels && !channelIds.has(tp.channel)) {
				problems.push({
					file,
					field: `[${i}].channel`,
					message: `${what}: ${describeUnknown('channel', tp.channel, channelIds, { addTo: fileOf('channels') })}`,
				});
			}
			if (tp.template && templates && !templateIds.has(tp.template)) {
				problems.push({
					file,
					field: `[${i}].template`,
					message: `${what}: ${describeUnknown('template', tp.template, templateIds, { addTo: fileOf('templates') })}`,
				});
			}
			tp.tiers.forEach((tier, j) => {
				if (tiers && !tierIds.has(tier)) {
					problems.push({ file, field: `[${i}].tiers[${j}]`, message: `${what}: ${describeUnknown('tier', tier, tierIds, { addTo: fileOf('tiers') })}` });
				}
			});
		});
	}
	if (feedback) {
		const file = fileOf('feedback');
		checkUnique(file, feedback, 'feedback touchpoint');
		feedback.forEach((fb, i) => {
			checkOwner(file, `[${i}].owner`, `feedback touchpoint "${fb.id}"`, fb.owner);
			if (fb.kpi && kpis && !kpiIds.has(fb.kpi)) {
				problems.push({
					file,
					field: `[${i}].kpi`,
					message: `feedback touchpoint "${fb.id}": ${describeUnknown('KPI', fb.kpi, kpiIds, { addTo: fileOf('kpis') })}`,
				});
			}
		});
	}
	if (kpis) {
		const file = fileOf('kpis');
		checkUnique(file, kpis, 'KPI');
		kpis.forEach((kpi, i) => checkOwner(file, `[${i}].owner`, `KPI "${kpi.id}"`, kpi.owner));
	}
	if (templates) {
		const file = fileOf('templates');
		checkUnique(file, templates, 'template');
		templates.forEach((t, i) => {
			checkOwner(file, `[${i}].owner`, `template "${t.id}"`, t.owner);
			if (t.channel && channels && !channelIds.has(t.channel)) {
				problems.push({
					file,
					field: `[${i}].channel`,
					message: `template "${t.id}": ${describeUnknown('channel', t.channel, channelIds, { addTo: fileOf('channels') })}`,
				});
			}
		});
	}
	if (channels) checkUnique(fileOf('channels'), channels, 'channel');
	if (glossary) {
		const file = fileOf('glossary');
		checkUnique(file, glossary, 'glossary term');
		const phrases = new Map<string, string>();
		glossary.forEach((term, i) => {
			term.seeAlso.forEach((id, j) => {
				if (!glossaryIds.has(id)) {
					problems.push({
						file,
						field: `[${i}].seeAlso[${j}]`,
						message: `term "${term.id}": ${describeUnknown('glossary term', id, glossaryIds, { addTo: file })}`,
					});
				}
			});
			// Auto-linking needs each wording to point at one term only.
			for (const phrase of [term.term, ...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])]) {
				const key = phrase.toLowerCase();
				const other = phrases.get(key);
				if (other && other !== term.id) {
					problems.push({
						file,
						field: `[${i}]`,
						message: `term "${term.id}": "${phrase}" is also a wording of "${other}"; remove it from one of them so links are unambiguous`,
					});
				}
				phrases.set(key, term.id);
			}
		});
	}
	return problems;
}

export const dataReferencesRule: PlanRule = {
	id: 'data-references',
	summary: 'Every tier, owner, template, channel, KPI and glossary term that a data file names exists, and no id is used twice.',
	why: 'A touchpoint pointing at a template that does not exist leaves the person sending it with nothing to send.',
	reads: [
		`${DATA}/touchpoints.yaml`,
		`${DATA}/feedback.yaml`,
		`${DATA}/kpis.yaml`,
		`${DATA}/templates.yaml`,
		`${DATA}/channels.yaml`,
		`${DATA}/glossary.yaml`,
		`${DATA}/owners.yaml`,
	],
	check: checkPlanReferences,
};
