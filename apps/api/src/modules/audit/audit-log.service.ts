import { Injectable } from '@nestjs/common';
import { AUDIT_EXPORT_MAX_ROWS, type AuditLogEntry, type AuditLogFacets, type Page } from '@giao-ban/shared';
import { AuditLogRepository, type AuditLogFilter } from './audit-log.repository.js';
import { writeAuditXlsx } from './audit-xlsx.writer.js';

export interface AuditExportFile {
  fileName: string;
  buffer: Buffer;
}

/** The audit browser of the administrator and the standing office: the whole log, read only. */
@Injectable()
export class AuditLogService {
  constructor(private readonly repository: AuditLogRepository) {}

  async list(filter: AuditLogFilter, page: number, pageSize: number): Promise<Page<AuditLogEntry>> {
    const { items, total } = await this.repository.findPage(filter, (page - 1) * pageSize, pageSize);
    return { items, total, page, pageSize };
  }

  facets(): Promise<AuditLogFacets> {
    return this.repository.findFacets();
  }

  async export(filter: AuditLogFilter, today: string): Promise<AuditExportFile> {
    // One more than the cap tells whether the cap was reached.
    const rows = await this.repository.findForExport(filter, AUDIT_EXPORT_MAX_ROWS + 1);
    const capped = rows.length > AUDIT_EXPORT_MAX_ROWS;
    const buffer = await writeAuditXlsx(capped ? rows.slice(0, AUDIT_EXPORT_MAX_ROWS) : rows, capped ? { cap: AUDIT_EXPORT_MAX_ROWS } : null);
    return { fileName: `nhat-ky-he-thong-${today}.xlsx`, buffer };
  }
}
