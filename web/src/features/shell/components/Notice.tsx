import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { SuccessAlert } from './SuccessAlert';

const noticeKinds = ['signedOut', 'passwordReset', 'invitationAccepted', 'partnershipCreated'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

function isNoticeKind(value: unknown): value is NoticeKind {
  return noticeKinds.includes(value as NoticeKind);
}

/** A confirmation carried over a navigation in the history state, e.g. "you are signed out". */
export function Notice() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const kind: unknown = state && typeof state === 'object' && 'notice' in state ? state.notice : undefined;
  if (!isNoticeKind(kind)) return null;
  return (
    <div className="portal-notice">
      <SuccessAlert message={t(`notice.${kind}`)} />
    </div>
  );
}
