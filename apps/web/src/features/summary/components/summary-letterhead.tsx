import { formatPlaceDate, numberLine, recipientLines, subjectLineText, type SummarySettings } from '@giao-ban/shared';

/**
 * The header block of the document as the export lays it out: the issuing body and number on the
 * left; "ĐẢNG CỘNG SẢN VIỆT NAM" (Party, Hướng dẫn 36) or the national motto (state, Nghị định 30)
 * and the place and date on the right; then "BÁO CÁO" and the subject.
 */
export function SummaryLetterhead({ settings, year }: { settings: SummarySettings; year: number }) {
  const party = settings.style === 'party';
  return (
    <div className="gb-summary-letterhead">
      <div className="gb-summary-letterhead-row">
        <div className="gb-summary-letterhead-left">
          <div className={party ? undefined : 'gb-upper'}>{settings.parentBody}</div>
          <div className="gb-strong gb-upper gb-rule-under">{settings.issuingBody}</div>
          {party ? <div aria-hidden>*</div> : null}
          <div className="gb-keep-blanks">{numberLine(settings.style, settings.number)}</div>
        </div>
        <div className="gb-summary-letterhead-right">
          {party ? (
            <div className="gb-strong gb-rule-under">ĐẢNG CỘNG SẢN VIỆT NAM</div>
          ) : (
            <>
              <div className="gb-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
              <div className="gb-strong gb-rule-under">Độc lập - Tự do - Hạnh phúc</div>
            </>
          )}
          <div className="gb-italic gb-place-date gb-keep-blanks">{formatPlaceDate(settings.place, settings.date, year)}</div>
        </div>
      </div>
      <div className="gb-summary-title">
        <div className="gb-strong gb-summary-title-kind">BÁO CÁO</div>
        <div className="gb-strong">{subjectLineText(settings.style, settings.subject)}</div>
        {party ? <div aria-hidden>-----</div> : <div aria-hidden className="gb-rule-short" />}
      </div>
    </div>
  );
}

/** The signature block and the recipients, after the last section. */
export function SummarySignature({ settings }: { settings: SummarySettings }) {
  return (
    <div className="gb-summary-signature-row">
      <div className="gb-summary-recipients">
        <div className="gb-strong gb-italic">Nơi nhận:</div>
        {recipientLines(settings.recipients).map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </div>
      <div className="gb-summary-signer">
        <div className="gb-strong">{settings.signerAuthority}</div>
        <div className="gb-strong">{settings.signerTitle}</div>
        <div className="gb-summary-sign-space" />
        <div className="gb-strong">{settings.signerName ?? '……………………'}</div>
      </div>
    </div>
  );
}
