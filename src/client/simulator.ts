/**
 * IID simulator island: applies the coordinator's changes to the region's data and shows what the
 * build's own scoring engine returns. No server; the state lives in the URL hash so a scenario can
 * be shared. Each edit shows its effect right where it was made (the result panel is out of sight
 * on a phone), and the changes are listed, each undoable. All text is set with textContent.
 */
import type { RuleSet } from '../schemas/rule-set.ts';
import {
	decodeChanges,
	encodeChanges,
	simulate,
	type SimBase,
	type SimChanges,
	type SimResult,
} from '../lib/scoring/simulate.ts';
import { formatDelta, listSimChanges, removeSimChange } from '../lib/scoring/simulate-changes.ts';
import { formatNumber, formatScore, parseDecimal } from '../lib/format/number.ts';
import { element, fill, levelField } from './sim-fields.ts';

class SimulatorIid extends HTMLElement {
	private rules!: RuleSet;
	private base!: SimBase;
	private changes!: SimChanges;
	private result?: SimResult;
	private messages: Record<string, string> = {};
	/** The one "what this edit did" line, moved to wherever the last edit was made. */
	private delta = element('p');

	async connectedCallback() {
		// The rule set travels with the data (see getSimulationDocument), not in the page.
		const data = (await (await fetch(this.dataset.src!)).json()) as SimBase & { aturan: RuleSet };
		this.rules = data.aturan;
		this.base = data;
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		this.changes = decodeChanges(location.hash, this.rules);
		this.delta.className = 'sim-delta';
		this.delta.dataset.testid = 'sim-delta';
		const pick = this.q<HTMLSelectElement>('[data-pick]');
		for (const innovation of this.base.inovasi) {
			const option = element('option', `${innovation.nama} (${innovation.id})`);
			option.value = innovation.id;
			pick.append(option);
		}
		for (const section of this.querySelectorAll<HTMLElement>('[data-needs-js]'))
			section.hidden = false;
		pick.addEventListener('change', () => {
			this.renderIndicators();
			this.update();
		});
		this.q('[data-add]').addEventListener('click', () => this.addInnovation());
		this.q('[data-reset]').addEventListener('click', () => {
			this.changes = { spd: {}, indikator: {}, baru: [] };
			this.renderSpd();
			this.renderIndicators();
			this.update(this.q('[data-reset]').parentElement!);
		});
		// Three tasks, not one: building forty labelled selects and scoring the region in one go
		// blocked a throttled phone's main thread for over 200 ms (Lighthouse's blocking time).
		const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
		this.renderSpd();
		await nextTask();
		this.renderIndicators();
		await nextTask();
		this.update();
	}

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	private weightLabel(nomor: string | number, nama: string, bobot: number, wajib = false) {
		const weight = `${this.messages.weight} ${formatScore(bobot)}${wajib ? `, ${this.messages.mandatory}` : ''}`;
		return `${nomor}. ${nama} (${weight})`;
	}

	private renderSpd() {
		const body = this.q('[data-spd]');
		body.replaceChildren();
		for (const row of this.rules.spd) {
			const value = this.changes.spd[row.kunci] ?? this.base.spd[row.kunci] ?? 0;
			const { field, select } = levelField(
				`spd-${row.kunci}`,
				row.parameter,
				value,
				this.weightLabel(row.nomor, row.nama, row.bobot),
				this.messages.notClaimed!,
				(level, at) => {
					this.changes.spd[row.kunci] = level;
					this.update(at);
				}
			);
			select.dataset.spd = row.kunci;
			body.append(field);
		}
	}

	private renderIndicators() {
		const id = this.q<HTMLSelectElement>('[data-pick]').value;
		const innovation = this.base.inovasi.find((item) => item.id === id);
		const body = this.q('[data-indicators]');
		body.replaceChildren();
		if (!innovation) return;
		for (const indicator of this.rules.indikator) {
			const value =
				this.changes.indikator[id]?.[indicator.kunci] ?? innovation.indikator[indicator.kunci] ?? 0;
			const { field, select } = levelField(
				`indikator-${indicator.kunci}`,
				indicator.parameter,
				value,
				this.weightLabel(indicator.nomor, indicator.nama, indicator.bobot, indicator.wajib),
				this.messages.notClaimed!,
				(level, at) => {
					(this.changes.indikator[id] ??= {})[indicator.kunci] = level;
					this.update(at);
				}
			);
			select.dataset.indicator = indicator.kunci;
			body.append(field);
		}
	}

	private addInnovation() {
		const input = this.q<HTMLInputElement>('[data-new-maturity]');
		const maturity = parseDecimal(input.value);
		const error = this.q('[data-new-error]');
		// A typed "40,5" is forty and a half; anything unreadable is said, not silently 0.
		if (maturity === undefined || maturity < 0) {
			error.textContent = this.messages.maturityInvalid ?? '';
			input.setAttribute('aria-invalid', 'true');
			return;
		}
		error.textContent = '';
		input.removeAttribute('aria-invalid');
		this.changes.baru.push({
			urusan: this.q<HTMLSelectElement>('[data-new-affair]').value,
			kematangan: maturity,
		});
		this.update(this.q('[data-add]').parentElement!);
	}

	/** Scores the changes; `at` is where the edit was made, where its effect is shown. */
	private update(at?: HTMLElement) {
		const before = this.result;
		const result = simulate(this.rules, this.base, this.changes);
		this.result = result;
		const { region, terverifikasi, inovasi } = result;
		this.q('[data-testid=sim-iid]').textContent = formatNumber(region.iid);
		this.q('[data-testid=sim-predikat]').textContent = region.predikat;
		this.q('[data-testid=sim-iid-terverifikasi]').textContent = formatNumber(terverifikasi.iid);
		this.q('[data-testid=sim-predikat-terverifikasi]').textContent = terverifikasi.predikat;
		this.q('[data-testid=sim-detail]').textContent = fill(this.messages.detail!, {
			n: region.n,
			avg: formatNumber(region.rata_kematangan),
			volume: formatNumber(region.skor_jumlah_inovasi),
			spd: formatNumber(region.spd),
		});
		if (at && before) {
			this.delta.textContent = fill(this.messages.delta!, {
				vfrom: formatNumber(before.terverifikasi.iid),
				vto: formatNumber(terverifikasi.iid),
				vdelta: formatDelta(before.terverifikasi.iid, terverifikasi.iid),
				cfrom: formatNumber(before.region.iid),
				cto: formatNumber(region.iid),
				cdelta: formatDelta(before.region.iid, region.iid),
			});
			at.append(this.delta);
		}
		const picked = inovasi.find(
			(item) => item.id === this.q<HTMLSelectElement>('[data-pick]').value
		);
		if (picked)
			this.q('[data-innovation-status]').textContent =
				`${this.messages.maturity} ${formatScore(picked.kematangan)} · ${picked.kelayakan.dinilai ? this.messages.eligible : this.messages.notEligible}: ${picked.kelayakan.alasan}`;
		this.renderChanges();
		const hash = encodeChanges(this.changes);
		history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
		this.q<HTMLAnchorElement>('[data-share]').href = hash ? `#${hash}` : '#';
	}

	/** The list of changes made, each with a button that undoes it. */
	private renderChanges() {
		const items = listSimChanges(this.rules, this.base, this.changes, {
			newInnovation: this.messages.newInnovation!,
			maturity: (this.messages.maturity ?? '').toLowerCase(),
			notClaimed: this.messages.notClaimed!,
		});
		this.q('[data-change-count]').textContent = fill(this.messages.changeCount!, {
			n: items.length,
		});
		this.q('[data-no-changes]').hidden = items.length > 0;
		const list = this.q('[data-changes]');
		list.replaceChildren(
			...items.map((item) => {
				const li = element('li');
				li.append(element('strong', item.apa), `: ${item.perubahan} `);
				const undo = element('button', this.messages.undo);
				undo.type = 'button';
				undo.setAttribute('aria-label', `${this.messages.undo}: ${item.apa}`);
				undo.addEventListener('click', () => {
					this.changes = removeSimChange(this.changes, item.ref);
					this.renderSpd();
					this.renderIndicators();
					this.update(list.parentElement!);
				});
				li.append(undo);
				return li;
			})
		);
	}
}

customElements.define('simulator-iid', SimulatorIid);
