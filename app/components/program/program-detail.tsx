import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { rankedCandidates, type Candidate } from '@/lib/programs/candidates';
import { programRecord } from '@/lib/programs/delivery';
import { programKindLabel, budgetSourceLabel, deliveryKindLabel } from '@/lib/programs/labels';
import { certificationLabel, sizeLabel, labelOf } from '@/lib/format/labels';
import { dateOnlyFromDb, formatDateOnly, todayInMedan } from '@/lib/format/date-only';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';
import { ActionForm } from '@/app/components/action-form';
import {
  addSessionAction,
  decideApplicationAction,
  nominateAction,
  recordAttendanceAction,
  recordDeliveryAction,
} from '@/app/program-actions';
import { CriteriaList, HelpHistory } from './criteria';
import { ProgramForm, type ProgramValues } from './program-form';
import { registrationChoices } from '@/lib/msme/reference';

type Base = '/dinas/program' | '/opd/program';

export async function ProgramDetail({
  actor,
  id,
  base,
  showAll,
}: {
  actor: Actor;
  id: string;
  base: Base;
  showAll: boolean;
}) {
  const record = await programRecord(actor, id);
  // Enough candidates to fill the seats left twice over; the whole ranking on request.
  const left = Math.max(0, record.program.quota - record.beneficiaries.length);
  const shown = showAll ? 1000 : Math.min(150, Math.max(20, 2 * left));
  const [candidates, choices, t] = await Promise.all([
    rankedCandidates(actor, id, shown),
    registrationChoices(),
    getPhrases(),
  ]);
  const { program } = record;
  const coop = program.kind === 'COOPERATIVE_AID';
  const hidden = { programId: program.id, base };
  const trainingLike = !['EQUIPMENT_AID', 'COOPERATIVE_AID'].includes(program.kind);
  const kecamatanOf = (b: (typeof record.beneficiaries)[number]) =>
    b.msme?.kecamatan?.name ?? b.cooperative?.kecamatan?.name;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold" data-testid="program-title" translate="no">
          {program.name}
        </h1>
        <p className="text-slate-700">
          {t(programKindLabel[program.kind])} · {program.opd.name} ·{' '}
          {formatDateOnly(program.startsOn, t.locale)} – {formatDateOnly(program.endsOn, t.locale)}
        </p>
        <p className="text-slate-700">
          {t('Anggaran {amount} ({source}), kode kegiatan {code}', {
            amount: formatRupiah(program.budgetIdr),
            source: t(budgetSourceLabel[program.budgetSource]),
            code: program.activityCode,
          })}
        </p>
        <p className="font-medium" data-testid="quota-use">
          {t('Kuota terpakai {used} dari {quota}', {
            used: record.beneficiaries.length,
            quota: program.quota,
          })}
        </p>
        {program.kecamatanQuotas.length > 0 && (
          <p className="text-sm text-slate-700">
            {t('Kuota kecamatan sampai {day}:', { day: formatDateOnly(program.quotaReleaseOn!, t.locale) })}{' '}
            {program.kecamatanQuotas
              .map((q) => {
                const used = record.beneficiaries.filter((b) => kecamatanOf(b) === q.kecamatan.name).length;
                return `${q.kecamatan.name} ${used}/${q.quota}`;
              })
              .join(', ')}
          </p>
        )}
        {program.description && (
          <p className="max-w-3xl text-slate-700" translate="no">
            {program.description}
          </p>
        )}
      </header>

      <details className="card">
        <summary className="cursor-pointer font-medium">{t('Ubah program')}</summary>
        <div className="mt-2">
          <ProgramForm
            base={base}
            opds={null}
            categories={choices.categories}
            kecamatan={choices.kecamatan.map((k) => ({ code: k.code, name: k.name }))}
            existing={valuesOf(program)}
          />
        </div>
      </details>

      {candidates.applications.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t('Pengajuan menunggu keputusan')}</h2>
          <ul className="space-y-2" data-testid="applications">
            {candidates.applications.map((c) => (
              <li key={c.applied!.entryId} className="card space-y-2">
                <p className="font-medium">
                  {c.name} · {c.kecamatanName}{' '}
                  <span className="text-sm text-slate-600">
                    {t('mengajukan {date}', { date: formatWib(c.applied!.at, true, t.locale) })}
                  </span>
                </p>
                {c.applied!.note && <p className="text-sm italic">“{c.applied!.note}”</p>}
                <CriteriaList criteria={c.criteria} t={t} />
                <HelpHistory history={c.history} t={t} />
                <ActionForm
                  action={decideApplicationAction}
                  hidden={{ ...hidden, entryId: c.applied!.entryId }}
                  buttons={[
                    { name: 'decision', value: 'ACCEPT', label: t('Terima') },
                    { name: 'decision', value: 'DECLINE', label: t('Tolak'), className: 'btn-secondary' },
                  ]}
                >
                  <label className="label" htmlFor={`reason-${c.applied!.entryId}`}>
                    {t('Alasan bila ditolak (dibaca pemilik)')}
                  </label>
                  <input id={`reason-${c.applied!.entryId}`} name="reason" className="input" />
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Calon penerima, diurutkan menurut kebutuhan')}</h2>
        <div className="card text-sm" data-testid="ranking-rule">
          <p className="font-medium">{t('Aturan urutan:')}</p>
          <ol className="list-decimal pl-5">
            {candidates.rule.map((r) => (
              <li key={r}>{t(r)}</li>
            ))}
          </ol>
          <p className="mt-1 text-slate-700">
            {t(
              'Bantuan sejenis dari OPD mana pun dalam {months} bulan terakhir dihentikan (tumpang tindih).',
              {
                months: candidates.windowMonths,
              },
            )}
          </p>
        </div>
        <ActionForm
          action={nominateAction}
          hidden={hidden}
          submit={t('Tetapkan penerima terpilih')}
          testId="nominate-form"
        >
          <p className="text-sm text-slate-700">
            {t('{shown} teratas dari {count} calon yang memenuhi syarat.', {
              shown: candidates.eligible.length,
              count: candidates.eligibleCount,
            })}{' '}
            {!showAll && candidates.eligibleCount > candidates.eligible.length && (
              <Link href={`${base}/${program.id}?calon=semua`} className="text-brand-700 underline">
                {t('Tampilkan semua')}
              </Link>
            )}
          </p>
          <ol className="card divide-y p-0" data-testid="candidates">
            {candidates.eligible.map((c, i) => (
              <CandidateRow key={c.msmeId ?? c.cooperativeId} c={c} rank={i + 1} t={t} />
            ))}
          </ol>
          {candidates.ineligibleCount > 0 && (
            <details className="card">
              <summary className="cursor-pointer font-medium">
                {t('{count} tidak memenuhi syarat — lihat alasannya', { count: candidates.ineligibleCount })}
              </summary>
              <ul className="mt-2 space-y-2" data-testid="ineligible">
                {candidates.ineligible.map((c) => (
                  <li key={c.msmeId ?? c.cooperativeId} className="border-t pt-2">
                    <label className="flex items-start gap-2 font-medium">
                      <input
                        type="checkbox"
                        name={c.msmeId ? 'msmeIds' : 'cooperativeIds'}
                        value={c.msmeId ?? c.cooperativeId}
                        className="mt-1"
                      />
                      <span>
                        {c.name} · {c.kecamatanName}
                      </span>
                    </label>
                    <CriteriaList criteria={c.criteria} t={t} />
                    <HelpHistory history={c.history} t={t} />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {!coop && (
            <div>
              <label htmlFor="nibs" className="label">
                {t('Atau tempel NIB, satu per baris')}
              </label>
              <textarea id="nibs" name="nibs" className="input font-mono" rows={3} />
            </div>
          )}
          <label htmlFor="nominate-note" className="label">
            {t('Catatan (opsional)')}
          </label>
          <input id="nominate-note" name="note" className="input" />
        </ActionForm>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Penerima dan yang diserahkan')}</h2>
        {record.beneficiaries.length === 0 && <p className="text-slate-700">{t('Belum ada penerima.')}</p>}
        <ul className="space-y-2" data-testid="beneficiaries">
          {record.beneficiaries.map((b) => {
            const outcomes = [
              ...(b.msme?.bazaarEntries ?? []).map((e) => [
                `bazaar:${e.id}`,
                `${t('Bazar')}: ${e.bazaar.name}`,
              ]),
              ...(b.msme?.products ?? []).flatMap((p) =>
                p.listings.map((l) => [`listing:${l.id}`, `${l.partner.name}: ${l.product.name}`]),
              ),
            ];
            return (
              <li key={b.id} className="card space-y-1">
                <p className="font-medium">
                  {b.msme?.name ?? b.cooperative?.name} · {kecamatanOf(b)}{' '}
                  <span className="text-sm text-slate-600">
                    {t('diterima {date}', { date: formatWib(b.acceptedAt ?? b.addedAt, false, t.locale) })}
                  </span>
                </p>
                {b.deliveries.length > 0 && (
                  <ul className="text-sm text-slate-700">
                    {b.deliveries.map((d) => (
                      <li key={d.id}>
                        {formatDateOnly(d.deliveredOn, t.locale)} · {t(deliveryKindLabel[d.kind])}:{' '}
                        {d.certification
                          ? `${t(labelOf(certificationLabel, d.certification.type))} ${d.certification.number}`
                          : d.description}
                        {d.quantity > 1 && ` × ${d.quantity}`}
                        {d.valueIdr > 0n && ` · ${formatRupiah(d.valueIdr)}`}
                        {record.receiptOf.get(d.id) && (
                          <>
                            {' · '}
                            <a
                              className="underline"
                              href={`/api/program/dokumen/${record.receiptOf.get(d.id)!.id}`}
                            >
                              {t('Tanda terima (PDF)')}
                            </a>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700 underline">
                    {t('Catat penyerahan')}
                  </summary>
                  <ActionForm
                    resetOnSuccess
                    action={recordDeliveryAction}
                    hidden={{ ...hidden, beneficiaryId: b.id }}
                    submit={t('Simpan penyerahan')}
                    className="mt-2 grid gap-2 sm:grid-cols-2"
                  >
                    <Field id={`kind-${b.id}`} label={t('Jenis')}>
                      <select
                        id={`kind-${b.id}`}
                        name="kind"
                        className="input"
                        defaultValue={
                          program.kind === 'EQUIPMENT_AID'
                            ? 'EQUIPMENT'
                            : program.kind === 'CERTIFICATION'
                              ? 'CERTIFICATE'
                              : program.kind === 'MARKETING'
                                ? 'MARKETING'
                                : 'OTHER'
                        }
                      >
                        {Object.entries(deliveryKindLabel).map(([k, v]) => (
                          <option key={k} value={k}>
                            {t(v)}
                          </option>
                        ))}
                      </select>
                    </Field>
                    <Field id={`desc-${b.id}`} label={t('Uraian barang atau hasil')}>
                      <input id={`desc-${b.id}`} name="description" className="input" />
                    </Field>
                    <Field id={`qty-${b.id}`} label={t('Jumlah')}>
                      <input
                        id={`qty-${b.id}`}
                        name="quantity"
                        className="input"
                        inputMode="numeric"
                        defaultValue="1"
                      />
                    </Field>
                    <Field id={`value-${b.id}`} label={t('Nilai (Rp)')}>
                      <input
                        id={`value-${b.id}`}
                        name="valueIdr"
                        className="input"
                        inputMode="numeric"
                        placeholder="3.500.000"
                      />
                    </Field>
                    <Field id={`on-${b.id}`} label={t('Tanggal penyerahan')}>
                      <input
                        id={`on-${b.id}`}
                        name="deliveredOn"
                        className="input"
                        placeholder={t('hh/bb/tttt')}
                        defaultValue={todayInMedan().split('-').reverse().join('/')}
                      />
                    </Field>
                    {b.msme && (
                      <>
                        <Field id={`ct-${b.id}`} label={t('Sertifikat yang terbit')}>
                          <select
                            id={`ct-${b.id}`}
                            name="certificationType"
                            className="input"
                            defaultValue=""
                          >
                            <option value="">—</option>
                            {Object.entries(certificationLabel).map(([k, v]) => (
                              <option key={k} value={k}>
                                {t(v)}
                              </option>
                            ))}
                          </select>
                        </Field>
                        <Field id={`cn-${b.id}`} label={t('Nomor sertifikat')}>
                          <input id={`cn-${b.id}`} name="certificationNumber" className="input" />
                        </Field>
                        <Field id={`ce-${b.id}`} label={t('Berlaku sampai')}>
                          <input
                            id={`ce-${b.id}`}
                            name="certificationExpiresOn"
                            className="input"
                            placeholder={t('hh/bb/tttt')}
                          />
                        </Field>
                        <Field id={`out-${b.id}`} label={t('Hasil pemasaran (bazar atau listing)')}>
                          <select id={`out-${b.id}`} name="outcome" className="input" defaultValue="">
                            <option value="">—</option>
                            {outcomes.map(([v, l]) => (
                              <option key={v} value={v}>
                                {l}
                              </option>
                            ))}
                          </select>
                        </Field>
                      </>
                    )}
                  </ActionForm>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      {trainingLike && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t('Sesi dan kehadiran')}</h2>
          {record.sessions.map((s) => (
            <ActionForm
              key={s.id}
              action={recordAttendanceAction}
              hidden={{ ...hidden, sessionId: s.id }}
              submit={t('Simpan kehadiran')}
              className="card space-y-2"
              testId="attendance-form"
            >
              <p className="font-medium">
                {s.title} · {formatDateOnly(s.heldOn, t.locale)}
                {s.venue && ` · ${s.venue}`}
                {record.attendanceListOf.get(s.id) && (
                  <>
                    {' · '}
                    <a
                      className="text-sm font-normal underline"
                      href={`/api/program/dokumen/${record.attendanceListOf.get(s.id)!.id}`}
                    >
                      {t('Daftar hadir (PDF)')}
                    </a>
                  </>
                )}
              </p>
              <p className="text-sm text-slate-700">
                {t('Centang yang hadir; yang lain dicatat tidak hadir.')}
              </p>
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {record.beneficiaries.map((b) => {
                  const mark = b.attendance.find((a) => a.sessionId === s.id);
                  return (
                    <li key={b.id}>
                      <label className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          name="present"
                          value={b.id}
                          defaultChecked={mark?.present ?? false}
                        />
                        {b.msme?.name ?? b.cooperative?.name}
                        {mark && (
                          <span className="text-slate-500">
                            ({mark.present ? t('hadir') : t('tidak hadir')})
                          </span>
                        )}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </ActionForm>
          ))}
          <ActionForm
            resetOnSuccess
            action={addSessionAction}
            hidden={hidden}
            submit={t('Tambah sesi')}
            className="card grid gap-2 sm:grid-cols-3"
          >
            <Field id="session-title" label={t('Judul sesi')}>
              <input id="session-title" name="title" className="input" />
            </Field>
            <Field id="session-heldOn" label={t('Tanggal')}>
              <input id="session-heldOn" name="heldOn" className="input" placeholder={t('hh/bb/tttt')} />
            </Field>
            <Field id="session-venue" label={t('Tempat')}>
              <input id="session-venue" name="venue" className="input" />
            </Field>
          </ActionForm>
        </section>
      )}

      {record.declined.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t('Pengajuan yang ditolak')}</h2>
          <ul className="card text-sm">
            {record.declined.map((d) => (
              <li key={d.id}>
                {d.msme?.name ?? d.cooperative?.name}: {d.declineReason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const dmy = (d: Date) => dateOnlyFromDb(d).split('-').reverse().join('/');

function valuesOf(p: Awaited<ReturnType<typeof programRecord>>['program']): ProgramValues {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    description: p.description,
    budgetIdr: Number(p.budgetIdr).toLocaleString('id-ID'),
    budgetSource: p.budgetSource,
    activityCode: p.activityCode,
    startsOn: dmy(p.startsOn),
    endsOn: dmy(p.endsOn),
    quota: p.quota,
    kecamatanQuotas: p.kecamatanQuotas.map((q) => `${q.kecamatan.name} = ${q.quota}`).join('\n'),
    quotaReleaseOn: p.quotaReleaseOn ? dmy(p.quotaReleaseOn) : '',
    openForApplications: p.openForApplications,
    verifiedOnly: p.verifiedOnly,
    neverHelpedOfKind: p.neverHelpedOfKind,
    eligibleSizes: p.eligibleSizes,
    eligibleKecamatanCodes: p.eligibleKecamatanCodes,
    eligibleCategoryIds: p.eligibleCategoryIds,
    requiresCertification: p.requiresCertification ?? '',
    lacksCertification: p.lacksCertification ?? '',
  };
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children}
    </div>
  );
}

function CandidateRow({ c, rank, t }: { c: Candidate; rank: number; t: Translate }) {
  const value = c.msmeId ?? c.cooperativeId!;
  const size = c.size in sizeLabel ? t(sizeLabel[c.size as keyof typeof sizeLabel]) : t(c.size);
  return (
    <li className="space-y-1 p-3" data-testid="candidate">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name={c.msmeId ? 'msmeIds' : 'cooperativeIds'}
          value={value}
          className="mt-1"
        />
        <span>
          <span className="font-medium">
            {rank}. {c.name}
          </span>{' '}
          <span className="text-sm text-slate-700">
            · {c.kecamatanName} · {size} ·{' '}
            {c.lastHelpedAt
              ? t('bantuan terakhir {date}', { date: formatWib(c.lastHelpedAt, false, t.locale) })
              : t('belum pernah dibantu')}
            {c.applied && ` · ${t('mengajukan {date}', { date: formatWib(c.applied.at, false, t.locale) })}`}
          </span>
        </span>
      </label>
      {c.likelyDuplicates.length > 0 && (
        <p className="text-sm text-amber-900" data-testid="likely-duplicate">
          {t('Kemungkinan data ganda: {names} — periksa di halaman data ganda.', {
            names: c.likelyDuplicates.map((d) => d.name).join(', '),
          })}
        </p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">
          {t('Syarat dan riwayat bantuan')}
        </summary>
        <CriteriaList criteria={c.criteria} t={t} />
        <HelpHistory history={c.history} t={t} />
      </details>
    </li>
  );
}
