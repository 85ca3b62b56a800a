/**
 * IID simulator island: applies the coordinator's changes to the region's data and shows what the
 * build's own scoring engine returns. No server; the state lives in the URL hash so a scenario can
 * be shared. All text is set with textContent.
 */
import type { RuleSet } from '../schemas/rule-set.ts';
import {
	decodeChanges,
	encodeChanges,
	simulate,
	type SimBase,
	type SimChanges,
} from '../lib/scoring/simulate.ts';
import { formatNumber } from '../lib/format/number.ts';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One field: its label above a full-width select of the levels (0 = not claimed). */
function levelField(
	id: string,
	texts: readonly string[],
	value: number,
	label: string,
	onChange: (value: number) => void
): { field: HTMLDivElement; select: HTMLSelectElement } {
	const field = element('div');
	field.className = 'field';
	const caption = element('label', label);
	caption.htmlFor = id;
	const select = element('select');
	select.id = id;
	['0: belum diklaim', ...texts.map((text, index) => `${index + 1}: ${text}`)].forEach(
		(text, index) => {
			const option = element('option', text);
			option.value = String(index);
			option.selected = index === value;
			select.append(option);
		}
	);
	select.addEventListener('change', () => onChange(Number(select.value)));
	field.append(caption, select);
	return { field, select };
}

class SimulatorIid extends HTMLElement {
	private rules!: RuleSet;
	private base!: SimBase;
	private changes!: SimChanges;
	private messages: Record<string, string> = {};

	async connectedCallback() {
		// The rule set travels with the data (see getSimulationDocument), not in the page.
		const data = (await (await fetch(this.dataset.src!)).json()) as SimBase & { aturan: RuleSet };
		this.rules = data.aturan;
		this.base = data;
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		this.changes = decodeChanges(location.hash, this.rules);
		const pick = this.q<HTMLSelectElement>('[data-pick]');
		for (const innovation of this.base.inovasi) {
			const option = element('option', `${innovation.nama} (${innovation.id})`);
			option.value = innovation.id;
			pick.append(option);
		}
		for (const section of this.querySelectorAll<HTMLElement>('[data-needs-js]'))
			section.hidden = false;
		this.q<HTMLSelectElement>('[data-pick]').addEventListener('change', () =>
			this.renderIndicators()
		);
		this.q('[data-add]').addEventListener('click', () => {
			const maturity = Number(this.q<HTMLInputElement>('[data-new-maturity]').value);
			this.changes.baru.push({
				urusan: this.q<HTMLSelectElement>('[data-new-affair]').value,
				kematangan: Number.isFinite(maturity) ? Math.max(0, maturity) : 0,
			});
			this.update();
		});
		this.q('[data-reset]').addEventListener('click', () => {
			this.changes = { spd: {}, indikator: {}, baru: [] };
			this.renderSpd();
			this.renderIndicators();
			this.update();
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

	private renderSpd() {
		const body = this.q('[data-spd]');
		body.replaceChildren();
		for (const row of this.rules.spd) {
			const value = this.changes.spd[row.kunci] ?? this.base.spd[row.kunci] ?? 0;
			const { field, select } = levelField(
				`spd-${row.kunci}`,
				row.parameter,
				value,
				`${row.nomor}. ${row.nama} (bobot ${row.bobot})`,
				(level) => {
					this.changes.spd[row.kunci] = level;
					this.update();
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
				`${indicator.nomor}. ${indicator.nama} (bobot ${indicator.bobot}${indicator.wajib ? ', wajib' : ''})`,
				(level) => {
					(this.changes.indikator[id] ??= {})[indicator.kunci] = level;
					this.update();
				}
			);
			select.dataset.indicator = indicator.kunci;
			body.append(field);
		}
		this.update();
	}

	private update() {
		const { region, terverifikasi, inovasi } = simulate(this.rules, this.base, this.changes);
		this.q('[data-testid=sim-iid]').textContent = formatNumber(region.iid);
		this.q('[data-testid=sim-predikat]').textContent = region.predikat;
		this.q('[data-testid=sim-iid-terverifikasi]').textContent = formatNumber(terverifikasi.iid);
		this.q('[data-testid=sim-predikat-terverifikasi]').textContent = terverifikasi.predikat;
		this.q('[data-testid=sim-detail]').textContent =
			`n ${region.n} · rata-rata ${formatNumber(region.rata_kematangan)} · jumlah ${formatNumber(region.skor_jumlah_inovasi)} · SPD ${formatNumber(region.spd)}`;
		const picked = inovasi.find(
			(item) => item.id === this.q<HTMLSelectElement>('[data-pick]').value
		);
		if (picked)
			this.q('[data-innovation-status]').textContent =
				`${this.messages.maturity} ${picked.kematangan} · ${picked.kelayakan.dinilai ? this.messages.eligible : this.messages.notEligible}: ${picked.kelayakan.alasan}`;
		const list = this.q('[data-new-list]');
		list.replaceChildren(
			...this.changes.baru.map((item, index) => {
				const li = element(
					'li',
					`${this.messages.newInnovation} ${index + 1}: ${item.urusan}, ${(this.messages.maturity ?? '').toLowerCase()} ${item.kematangan} `
				);
				const remove = element('button', this.messages.remove);
				remove.type = 'button';
				remove.addEventListener('click', () => {
					this.changes.baru.splice(index, 1);
					this.update();
				});
				li.append(remove);
				return li;
			})
		);
		const hash = encodeChanges(this.changes);
		history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
		this.q<HTMLAnchorElement>('[data-share]').href = hash ? `#${hash}` : '#';
	}
}

customElements.define('simulator-iid', SimulatorIid);
