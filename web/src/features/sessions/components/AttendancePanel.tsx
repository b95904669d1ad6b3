import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../app/graphql-errors';
import {
  ClearAttendanceDocument,
  RecordAllPresentDocument,
  RecordAttendanceDocument,
  SessionAttendanceDocument,
  type SessionAttendanceQuery,
} from '../../../generated/graphql';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';
import { DataTable } from '../../shell/components/DataTable';
import { useVoteWords } from '../../votes/hooks/useVoteWords';

type Row = SessionAttendanceQuery['committeeSession']['attendance'][number];
type Presence = 'present' | 'absent' | 'unknown';

interface AttendancePanelProps {
  sessionId: string;
  rows: Row[];
  editable: boolean;
}

const presenceOf = (row: Row): Presence => (row.present === null ? 'unknown' : row.present ? 'present' : 'absent');

/**
 * Who is there: each seat holder present or absent, and an absent voting member's proxy (a present voting
 * member who carries its vote). Each change is saved at once; the quorum light above follows it.
 */
export function AttendancePanel({ sessionId, rows, editable }: AttendancePanelProps) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const [record, { loading }] = useMutation(RecordAttendanceDocument, {
    refetchQueries: [SessionAttendanceDocument],
    awaitRefetchQueries: true,
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // What was just chosen, shown at once while the server records it (and dropped if it refuses).
  const [chosen, setChosen] = useState<Record<string, Presence>>({});
  const presentVoters = rows.filter((row) => row.present && row.seatKind === 'VOTING');
  const bulk = useBulkAttendance(sessionId, rows);

  const save = async (row: Row, present: boolean, proxyMembershipId: string | null) => {
    setOutcome(null);
    setChosen((all) => ({ ...all, [row.membershipId]: present ? 'present' : 'absent' }));
    try {
      await record({ variables: { input: { sessionId, membershipId: row.membershipId, present, proxyMembershipId } } });
      const proxy = rows.find((other) => other.membershipId === proxyMembershipId);
      setOutcome({
        ok: true,
        text: proxy
          ? t('sessions.attendance.savedProxy', { organisation: row.organisation.name, proxy: proxy.organisation.name })
          : t(present ? 'sessions.attendance.savedPresent' : 'sessions.attendance.savedAbsent', {
              organisation: row.organisation.name,
            }),
      });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    } finally {
      setChosen((all) => {
        const next = { ...all };
        delete next[row.membershipId];
        return next;
      });
    }
  };

  return (
    <section aria-labelledby="session-attendance" className="portal-section">
      <h2 id="session-attendance" className="kern-heading-medium">
        {t('sessions.attendance.heading')}
      </h2>
      {editable && <p className="kern-body">{t('sessions.attendance.intro')}</p>}
      <div aria-live="polite">
        <OutcomeAlert outcome={outcome ?? bulk.action.outcome} />
      </div>
      {editable && rows.length > 0 && <BulkAttendanceActions bulk={bulk} onStart={() => setOutcome(null)} />}
      {rows.length === 0 ? (
        <p className="kern-body">{t('sessions.attendance.empty')}</p>
      ) : (
        <DataTable
          caption={t('sessions.attendance.caption', { count: rows.length })}
          stacked
          rows={rows.map((row) => {
            const presence = chosen[row.membershipId] ?? presenceOf(row);
            const proxy = rows.find((other) => other.membershipId === row.proxyMembershipId);
            const proxyChoices = presentVoters.filter((other) => other.membershipId !== row.membershipId);
            const seat = [
              t(`committees.seatKind.${row.seatKind}`),
              row.seatKind === 'VOTING' ? words.decimal(row.weight) : null,
              row.chair ? t('committees.seats.chair') : null,
            ]
              .filter(Boolean)
              .join(' · ');
            return { row, presence, proxy, proxyChoices, seat };
          })}
          rowKey={({ row }) => row.membershipId}
          columns={[
            {
              id: 'organisation',
              header: t('sessions.attendance.organisation'),
              rowHeader: true,
              cell: ({ row }) => row.organisation.name,
            },
            { id: 'seat', header: t('sessions.attendance.seat'), cell: ({ seat }) => seat },
            {
              id: 'presence',
              header: t('sessions.attendance.presence'),
              cell: ({ row, presence }) => (
                <>
                  {editable ? (
                    <fieldset className="kern-fieldset session-presence">
                      <legend className="kern-sr-only">
                        {t('sessions.attendance.presenceOf', { organisation: row.organisation.name })}
                      </legend>
                      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                        {(['present', 'absent'] as const).map((value) => (
                          <div className="kern-form-check" key={value}>
                            <input
                              className="kern-form-check__radio"
                              type="radio"
                              id={`presence-${row.membershipId}-${value}`}
                              name={`presence-${row.membershipId}`}
                              checked={presence === value}
                              onChange={() => void save(row, value === 'present', null)}
                            />
                            <label className="kern-label" htmlFor={`presence-${row.membershipId}-${value}`}>
                              {t(`sessions.attendance.${value}`)}
                            </label>
                          </div>
                        ))}
                      </div>
                    </fieldset>
                  ) : (
                    t(`sessions.attendance.${presence}`)
                  )}
                </>
              ),
            },
            {
              id: 'proxy',
              header: t('sessions.attendance.proxy'),
              cell: ({ row, presence, proxy, proxyChoices }) => (
                <>
                  {editable && row.seatKind === 'VOTING' && presence === 'absent' ? (
                    <div className="kern-form-input">
                      <label className="kern-sr-only" htmlFor={`proxy-${row.membershipId}`}>
                        {t('sessions.attendance.proxyOf', { organisation: row.organisation.name })}
                      </label>
                      <div className="kern-form-input__select-wrapper">
                        <select
                          id={`proxy-${row.membershipId}`}
                          className="kern-form-input__select"
                          value={row.proxyMembershipId ?? ''}
                          disabled={loading}
                          onChange={(event) => void save(row, false, event.target.value || null)}
                        >
                          <option value="">{t('sessions.attendance.noProxy')}</option>
                          {proxyChoices.map((other) => (
                            <option key={other.membershipId} value={other.membershipId}>
                              {other.organisation.name}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                  ) : proxy ? (
                    t('sessions.attendance.carriedBy', { organisation: proxy.organisation.name })
                  ) : (
                    '–'
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

type BulkAction = 'allPresent' | 'clear';

/** "All present" and "reset", for a big committee; each runs as one mutation (one transaction on the server). */
function useBulkAttendance(sessionId: string, rows: Row[]) {
  const { t } = useTranslation();
  const options = { refetchQueries: [SessionAttendanceDocument], awaitRefetchQueries: true };
  const [allPresent] = useMutation(RecordAllPresentDocument, options);
  const [clear] = useMutation(ClearAttendanceDocument, options);
  const action = useConfirmedAction(async (which: BulkAction) => {
    if (which === 'allPresent') {
      await allPresent({ variables: { id: sessionId } });
      return t('sessions.attendance.bulk.allPresentDone', { count: rows.length });
    }
    await clear({ variables: { id: sessionId } });
    return t('sessions.attendance.bulk.clearDone');
  });
  const absences = rows.filter((row) => row.present === false).length;
  const recorded = rows.filter((row) => row.present !== null).length;
  const everyonePresent = rows.every((row) => row.present === true);
  return { action, absences, recorded, everyonePresent };
}

interface BulkAttendanceActionsProps {
  bulk: ReturnType<typeof useBulkAttendance>;
  onStart: () => void;
}

function BulkAttendanceActions({ bulk, onStart }: BulkAttendanceActionsProps) {
  const { t } = useTranslation();
  const { action, absences, recorded, everyonePresent } = bulk;
  // Without recorded absences "all present" overwrites nothing, so it needs no confirmation.
  const allPresent = () => {
    onStart();
    if (absences === 0) void action.perform('allPresent');
    else action.ask('allPresent');
  };
  return (
    <>
      <div className="portal-form__actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={action.busy || everyonePresent}
          onClick={allPresent}
        >
          <span className="kern-label">{t('sessions.attendance.bulk.allPresent')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={action.busy || recorded === 0}
          onClick={() => {
            onStart();
            action.ask('clear');
          }}
        >
          <span className="kern-label">{t('sessions.attendance.bulk.clear')}</span>
        </button>
      </div>
      {action.pending && (
        <ConfirmDialog
          title={t(`sessions.attendance.bulk.${action.pending}Title`)}
          message={t(`sessions.attendance.bulk.${action.pending}Message`, { count: absences, recorded })}
          confirmLabel={t(`sessions.attendance.bulk.${action.pending}`)}
          busy={action.busy}
          onConfirm={() => void action.confirm()}
          onCancel={action.cancel}
        />
      )}
    </>
  );
}
