import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { checkpointParams } from '../checkpoint-link';
import '../audit.css';

/** As every operation that prints one selects it: `auditCheckpoint { sequence hash takenAt }`. */
export interface AuditCheckpointView {
  sequence: number;
  hash: string;
  takenAt: string;
}

/**
 * The head of the partnership's audit chain, printed where members keep a record (a ballot receipt, minutes, a
 * statement). Whoever keeps its number and hash can check on the audit page later whether the log still holds
 * that entry: deleting the newest entries cannot then go unnoticed.
 */
export function CheckpointNote({
  checkpoint,
  slug,
}: {
  checkpoint: AuditCheckpointView | null | undefined;
  slug: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!checkpoint) return null;
  return (
    <div className="audit-checkpoint">
      <p className="kern-body kern-body--small">
        <strong>{t('audit.checkpoint.label')}</strong>{' '}
        {t('audit.checkpoint.value', { sequence: checkpoint.sequence, time: format.dateTime(checkpoint.takenAt) })}{' '}
        <code className="audit-hash audit-hash--full">{checkpoint.hash}</code>
      </p>
      <p className="kern-body kern-body--small">
        {t('audit.checkpoint.hint')}{' '}
        <Link to={`/p/${slug}/protokoll?${checkpointParams(checkpoint)}#pruefpunkt`} className="kern-link">
          {t('audit.checkpoint.checkLink')}
        </Link>
      </p>
    </div>
  );
}
