import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  SUMMARY_STYLES,
  type CompileSummaryRequest,
  type FinalizeSummaryRequest,
  type ReopenSummaryRequest,
  type ResolveSummaryProposalRequest,
  type SaveSummarySectionRequest,
  type SummaryDocument,
  type SummarySettingsRequest,
  type SummaryStyle,
} from '@giao-ban/shared';
import { IsInt4 } from '../../../common/validation/int4.js';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';
import { IsPlainLine, IsSummaryDocument } from './is-summary-document.js';

export class CompileSummaryDto implements CompileSummaryRequest {
  @ApiProperty({ description: 'Also take in submitted reports not yet accepted, marked "(chưa tiếp nhận)".' })
  @IsBoolean()
  includeSubmitted!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Recompile only these sections (opening, tg:1…, strengths, …, closing). Default: all.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  sections?: string[];

  @ApiPropertyOptional({ description: 'Replace sections the office edited too (otherwise their fresh text is only proposed).' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

const DOCUMENT_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  properties: { blocks: { type: 'array', items: { type: 'object' } } },
  required: ['blocks'],
  description: 'Blocks of paragraphs ({type:"paragraph", runs}) and bullet lists ({type:"bullets", items: runs[]}); a run is {text, bold?, italic?}. No HTML.',
  example: { blocks: [{ type: 'paragraph', runs: [{ text: 'Sở Ngoại vụ', bold: true }, { text: ': đã triển khai…' }] }] },
};

export class SaveSummarySectionDto implements SaveSummarySectionRequest {
  @ApiProperty({ description: 'The section version the edit started from.' }) @IsInt4(0) version!: number;
  @ApiProperty(DOCUMENT_SCHEMA) @IsSummaryDocument() content!: SummaryDocument;
}

export class ResolveSummaryProposalDto implements ResolveSummaryProposalRequest {
  @ApiProperty({ description: 'The section version the decision was taken on.' }) @IsInt4(0) version!: number;
  @ApiProperty({ enum: ['accept', 'keep'] }) @IsIn(['accept', 'keep']) decision!: 'accept' | 'keep';
}

export class SummarySettingsDto implements SummarySettingsRequest {
  @ApiProperty({ enum: SUMMARY_STYLES, description: 'party: Hướng dẫn 36-HD/VPTW; state: Nghị định 30/2020/NĐ-CP.' })
  @IsIn([...SUMMARY_STYLES])
  style!: SummaryStyle;

  @ApiPropertyOptional({ nullable: true, example: '12-BC/BCĐ' }) @IsOptional() @IsString() @MaxLength(40) @IsPlainLine() number?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) @IsOptional() @IsLocalDate() date?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) @IsPlainLine() place?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(3) @MaxLength(300) @IsPlainLine() subject?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) @IsPlainLine() parentBody?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) @IsPlainLine() issuingBody?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) @IsPlainLine() signerAuthority?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) @IsPlainLine() signerTitle?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) @IsPlainLine() signerName?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Recipient lines; the last is "Lưu: VT, …" (added when missing).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @IsPlainLine()
  recipients?: string[];
}

export class FinalizeSummaryDto implements FinalizeSummaryRequest {
  @ApiProperty({ example: '12-BC/BCĐ', description: 'Party "12-BC/BCĐ" or state "05/BC-BCĐ", as the summary style says.' })
  @IsString()
  @MinLength(3)
  @MaxLength(40)
  @IsPlainLine()
  number!: string;

  @ApiProperty({ format: 'date' }) @IsLocalDate() date!: string;
}

export class ReopenSummaryDto implements ReopenSummaryRequest {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

export class SummaryExportQueryDto {
  @ApiPropertyOptional({ description: 'Export this saved version instead of the current text.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt4(1)
  version?: number;
}
