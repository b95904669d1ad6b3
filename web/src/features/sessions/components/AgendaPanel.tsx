import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../app/graphql-errors';
import {
  MoveAgendaItemDocument,
  RemoveAgendaItemDocument,
  SetAgendaItemPublicDocument,
  WriteMinutesDocument,
  type SessionCockpitFieldsFragment,
} from '../../../generated/graphql';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { ItemVotes } from './ItemVotes';
import { useDraft } from '../../shell/hooks/useDraft';

type Session = SessionCockpitFieldsFragment;
type Item = Session['agenda'][number];

/**
 * The agenda in order, each item with its votes and minutes; the community manager reorders, records and sets
 * who may see an item here. Non-public items reach only members (the server leaves them out for everyone else),
 * who see them marked.
 */
export function AgendaPanel({ session, canManage }: { session: Session; canManage: boolean }) {
  const { t } = useTranslation();
  const editable = canManage && (session.status === 'PLANNED' || session.status === 'IN_PROGRESS');
  const [move] = useMutation(MoveAgendaItemDocument);
  const [remove] = useMutation(RemoveAgendaItemDocument);
  const [setPublic] = useMutation(SetAgendaItemPublicDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  // Removing an item is asked about first.
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
      setOutcome({ ok: true, text: success });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="session-agenda" className="portal-section">
      <h2 id="session-agenda" className="kern-heading-medium">
        {t('sessions.agenda.heading')}
      </h2>
      <div aria-live="polite">
        <OutcomeAlert outcome={outcome} />
      </div>
      {session.agenda.length === 0 ? (
        <p className="kern-body">{t('sessions.agenda.empty')}</p>
      ) : (
        <ol className="session-agenda">
          {session.agenda.map((item, index) => (
            <li key={item.id} className="session-agenda__item">
              <h3 className="kern-heading-small" id={`item-${item.id}`}>
                {t('sessions.agenda.itemHeading', { number: item.position, title: item.title })}
                {!item.public && (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--warning">{t('sessions.agenda.nonPublic')}</span>
                  </>
                )}
                <span className="kern-body kern-body--small vote-note">{t(`sessions.itemKind.${item.kind}`)}</span>
              </h3>
              {item.description && <p className="kern-body session-agenda__description">{item.description}</p>}
              {canManage && (
                <div className="portal-form__actions session-agenda__tools">
                  {editable && (
                    <>
                      <ItemButton
                        item={item}
                        icon="arrow-up"
                        label={t('sessions.agenda.up')}
                        disabled={busy || index === 0}
                        onClick={() =>
                          run(
                            () => move({ variables: { input: { id: item.id, position: item.position - 1 } } }),
                            t('sessions.agenda.moved', { title: item.title, number: item.position - 1 }),
                          )
                        }
                      />
                      <ItemButton
                        item={item}
                        icon="arrow-down"
                        label={t('sessions.agenda.down')}
                        disabled={busy || index === session.agenda.length - 1}
                        onClick={() =>
                          run(
                            () => move({ variables: { input: { id: item.id, position: item.position + 1 } } }),
                            t('sessions.agenda.moved', { title: item.title, number: item.position + 1 }),
                          )
                        }
                      />
                      {item.votes.length === 0 && (
                        <ItemButton
                          item={item}
                          icon="delete"
                          label={t('sessions.agenda.removeShort')}
                          disabled={busy}
                          onClick={() => setRemoving({ id: item.id, title: item.title })}
                        />
                      )}
                    </>
                  )}
                  {/* Whether the public may see an item is decided in any state of the session, also afterwards. */}
                  <ItemButton
                    item={item}
                    label={item.public ? t('sessions.agenda.makeNonPublic') : t('sessions.agenda.makePublic')}
                    disabled={busy}
                    onClick={() =>
                      run(
                        () => setPublic({ variables: { id: item.id, public: !item.public } }),
                        t(item.public ? 'sessions.agenda.madeNonPublic' : 'sessions.agenda.madePublic', {
                          title: item.title,
                        }),
                      )
                    }
                  />
                </div>
              )}
              <ItemVotes session={session} item={item} canManage={canManage} />
              <Minutes session={session} item={item} canManage={canManage} />
            </li>
          ))}
        </ol>
      )}
      {editable && <AddAgendaItemForm sessionId={session.id} votes={session.committee.votes} />}
      {removing && (
        <ConfirmDialog
          title={t('sessions.agenda.removeTitle')}
          message={t('sessions.agenda.removeMessage', { title: removing.title })}
          confirmLabel={t('sessions.agenda.removeShort')}
          busy={busy}
          onConfirm={() =>
            void run(
              () => remove({ variables: { id: removing.id } }),
              t('sessions.agenda.removed', { title: removing.title }),
            ).finally(() => setRemoving(null))
          }
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

/** A tool for one item; screen readers hear the item's title before the short label. */
function ItemButton({
  item,
  icon,
  label,
  disabled,
  onClick,
}: {
  item: Item;
  icon?: string;
  label: string;
  disabled: boolean;
  onClick: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="kern-btn kern-btn--tertiary" disabled={disabled} onClick={() => void onClick()}>
      {icon && <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />}
      <span className="kern-label">
        <span className="portal-sr-only">{t('sessions.agenda.itemName', { title: item.title })} </span>
        {label}
      </span>
    </button>
  );
}

function Minutes({ session, item, canManage }: { session: Session; item: Item; canManage: boolean }) {
  const { t } = useTranslation();
  const writable =
    canManage && !session.minutesApprovedAt && (session.status === 'IN_PROGRESS' || session.status === 'CLOSED');
  const [text, setText] = useDraft(`minutes.${item.id}`, item.minutes);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [write, { loading }] = useMutation(WriteMinutesDocument);

  if (!writable) {
    if (!item.minutes) return null;
    return (
      <div className="session-minutes">
        <h4 className="kern-heading-small session-minutes__heading">{t('sessions.minutes.heading')}</h4>
        <p className="kern-body session-minutes__text">{item.minutes}</p>
      </div>
    );
  }
  const save = async () => {
    setOutcome(null);
    try {
      await write({ variables: { id: item.id, minutes: text } });
      setOutcome({ ok: true, text: t('sessions.minutes.saved', { title: item.title }) });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    }
  };
  return (
    <div className="session-minutes">
      <OutcomeAlert outcome={outcome} />
      <TextAreaField
        label={t('sessions.minutes.label', { number: item.position, title: item.title })}
        hint={t('sessions.minutes.hint')}
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="portal-form__actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => void save()}
          disabled={loading || text === item.minutes}
        >
          <span className="kern-label">{t('sessions.minutes.save', { title: item.title })}</span>
        </button>
      </div>
    </div>
  );
}
