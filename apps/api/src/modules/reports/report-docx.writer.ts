import type { Readable } from 'node:stream';
import { Document, type Paragraph } from 'docx';
import { UNIT_REPORT_RECIPIENTS, UNIT_REPORT_SIGNER_TITLE, type PeriodNaming, type UnitReportDocument } from '@giao-ban/shared';
import {
  NUMBERING,
  SIZES,
  closing,
  documentStyles,
  headerBlock,
  packDocument,
  pagedSection,
  sectionParagraphs,
  titleBlock,
} from '../../common/documents/official-document.js';

/** A unit's report is a state document (Nghị định 30): the member units are state bodies. */
const STYLE = 'state';
const DESCRIPTION = 'Báo cáo của cơ quan, đơn vị thành viên gửi Ban Chỉ đạo Công tác thông tin đối ngoại';

/**
 * A unit's own report as a .docx in the summary's document style (official-document.ts): the unit
 * as issuing body, the number and date line, "BÁO CÁO" and the subject (and "BẢN NHÁP" under them
 * for a report the committee has not received), parts I–IV, and the signature block left for the
 * unit's head. `at` stamps the package: the same report gives the same bytes.
 */
export async function renderUnitReportDocx(doc: UnitReportDocument, period: PeriodNaming, at: string): Promise<Readable> {
  const z = SIZES[STYLE];
  const body: Paragraph[] = [];
  let part = '';
  for (const section of doc.sections) {
    body.push(...sectionParagraphs(STYLE, section, part, period));
    part = section.part;
  }
  const title = `BÁO CÁO ${doc.subject}${doc.draftMark ? ` (${doc.draftMark})` : ''}`;
  const document = new Document({
    creator: 'Giao Ban',
    title,
    description: DESCRIPTION,
    styles: documentStyles(STYLE),
    numbering: NUMBERING,
    sections: [
      pagedSection(z.pageNumber, [
        headerBlock({ style: STYLE, parentBody: '', issuingBody: doc.issuingBody, numberLine: doc.numberLine, placeDate: doc.placeDate }),
        ...titleBlock(STYLE, doc.subject, doc.draftMark),
        ...body,
        ...closing({ style: STYLE, signerAuthority: '', signerTitle: UNIT_REPORT_SIGNER_TITLE, signerName: null, recipients: UNIT_REPORT_RECIPIENTS }),
      ]),
    ],
  });
  return packDocument(document, { title, description: DESCRIPTION, at });
}
