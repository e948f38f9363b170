import { inferMeasure } from '@targetboard/shared/targets/measure';
import { createHash } from 'node:crypto';
import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { findDocument, insertDocument } from '@targetboard/db/repositories/documents.repository';
import { listIndicatorNames } from '@targetboard/db/repositories/indicators.repository';
import { regionIsWithin } from '@targetboard/db/repositories/region-scope.repository';
import {
  findRegionByCode,
  findRegionById,
  matchRegionName,
} from '@targetboard/db/repositories/regions.repository';
import {
  insertTargets,
  listDocumentTargets,
  type NewTarget,
} from '@targetboard/db/repositories/targets.repository';
import type { DocumentDetail, StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { extractTargets } from '@targetboard/shared/extraction/extract-targets';
import { linkIndicator, suggestIndicators } from '@targetboard/shared/indicators/match-indicator';
import { selfWordLevel } from '@targetboard/shared/regions/region-name';
import { extractionData } from '../documents/extraction-options';
import { DocumentError } from '../documents/document-error';
import { DEFAULT_LIMITS, readDocument } from '../documents/read-document';
import { AppError } from '../http/errors';

export interface DocumentInput {
  /** An uploaded file… */
  file?: { bytes: Uint8Array; filename: string } | undefined;
  /** …or pasted text. */
  text?: string | undefined;
  title?: string | undefined;
}

/** The largest plan file accepted (a long plan as .pdf is a few MB). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const REASON_STATUS = {
  'too-large': 413,
  timeout: 422,
  unsupported: 422,
  unreadable: 422,
  empty: 422,
} as const;

/**
 * Reads the file, extracts its targets, matches its region and links each target to the
 * catalogue, then stores the document and its draft targets in one transaction: a file that
 * fails anywhere leaves nothing behind.
 */
export async function ingestDocument(
  db: Db,
  input: DocumentInput,
  user: User,
): Promise<{ document: DocumentDetail; targets: StoredTarget[] }> {
  let text: string;
  let format: 'text' | 'txt' | 'docx' | 'pdf' | 'html' = 'text';
  let encoding: string | null = null;
  if (input.file) {
    try {
      const read = await readDocument(input.file.bytes, input.file.filename, {
        ...DEFAULT_LIMITS,
        maxBytes: DOCUMENT_MAX_BYTES,
      });
      ({ text, format } = read);
      encoding = read.encoding ?? null;
    } catch (error) {
      if (error instanceof DocumentError) {
        throw new AppError(
          REASON_STATUS[error.reason],
          error.reason === 'too-large' ? 'payload_too_large' : 'unprocessable',
          error.message,
          { reason: error.reason },
        );
      }
      throw error;
    }
  } else {
    text = input.text ?? '';
  }
  if (text.trim().length === 0)
    throw new AppError(422, 'unprocessable', 'the document has no text', { reason: 'empty' });

  const extraction = extractTargets(text, extractionData());
  const info = extraction.document;
  const [region, catalogue] = await Promise.all([
    regionOf(db, info.region, info.regionCode, user),
    listIndicatorNames(db),
  ]);
  const filed = await fileUnder(db, region, user);
  if (region && info.region && selfWordLevel(info.region))
    filed.notes.push({
      code: 'region-from-uploader',
      message: `文件未写明地区名称，只称“${info.region}”，已按您的地区“${region.name}”归档；请在审核时核对。`,
      start: 0,
      end: 0,
    });
  const title =
    input.title?.trim() ||
    info.title ||
    input.file?.filename.replace(/\.[^.]+$/, '') ||
    '未命名文件';

  const documentId = await db.transaction().execute(async (trx) => {
    const id = await insertDocument(trx, {
      title,
      filename: input.file?.filename ?? null,
      format,
      encoding,
      regionId: filed.regionId,
      regionName: info.region,
      year: info.year,
      original: input.file?.bytes ?? null,
      text,
      warnings: [...filed.notes, ...extraction.warnings],
      sha256: input.file ? createHash('sha256').update(input.file.bytes).digest('hex') : null,
      createdBy: user.username,
    });
    const regionIds = new Map<string, number | null>();
    const rows: NewTarget[] = [];
    for (const t of extraction.targets) {
      if (t.region && !regionIds.has(t.region))
        regionIds.set(t.region, (await regionOf(trx, t.region, t.regionCode, user))?.id ?? null);
      rows.push({
        documentId: id,
        indicator: t.indicator,
        indicatorId: linkIndicator(t.indicator, catalogue)?.id ?? null,
        regionId: t.region ? (regionIds.get(t.region) ?? null) : (region?.id ?? null),
        region: t.region,
        scope: t.scope,
        year: t.year,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax,
        unit: t.unit,
        tolerance: null,
        kind: t.kind,
        direction: t.direction,
        measure: inferMeasure(t.kind, t.unit),
        confidence: t.confidence,
        start: t.start,
        end: t.end,
        quote: t.quote,
      });
    }
    await insertTargets(trx, rows);
    await appendChanges(trx, [
      {
        entity: 'document',
        key: String(id),
        oldValue: null,
        newValue: { title, format, targets: rows.length },
        user: user.username,
        channel: 'api',
      },
    ]);
    return id;
  });
  const document = (await findDocument(db, documentId))!;
  return {
    document,
    targets: withSuggestions(await listDocumentTargets(db, documentId), catalogue),
  };
}

/**
 * The stored region a plan names: by the GB/T 2260 code the extractor's gazetteer resolved
 * (`成都市锦江区` names 510104 although the stored name is 锦江区), else by its name.
 */
async function resolveRegion(db: Db, name: string | null, code: string | null) {
  const byCode = code ? await findRegionByCode(db, code) : null;
  if (byCode) return byCode;
  return name ? ((await matchRegionName(db, name))?.region ?? null) : null;
}

/**
 * The stored region a name gives, else — for a self word — the uploader's own region when it is
 * of that level (a city's reviewer uploading a 全市 plan): whoever uploads a plan that names no
 * place most likely uploads their own, and it lies in their scope. The review screen says so
 * (`region-from-uploader`); an admin (no region) or a level that does not fit leaves it open.
 */
async function regionOf(db: Db, name: string | null, code: string | null, user: User) {
  const named = await resolveRegion(db, name, code);
  const level = named || !name ? undefined : selfWordLevel(name);
  if (!level || user.regionId === null) return named;
  const own = await findRegionById(db, user.regionId);
  return own?.name.endsWith(level) ? own : null;
}

/**
 * The region a document is filed under: the one it names, unless that lies outside the
 * uploader's scope — then the uploader's own, so the plan stays readable by whoever uploaded
 * it, with the named region kept as a note (and in `region_name`). Its targets keep the regions
 * the text gives them, so nobody binds a region outside their scope by uploading its plan.
 */
async function fileUnder(
  db: Db,
  detected: { id: number; name: string } | null,
  user: User,
): Promise<{ regionId: number | null; notes: DocumentDetail['warnings'] }> {
  if (detected === null || user.role === 'admin')
    return { regionId: detected?.id ?? null, notes: [] };
  if (user.regionId !== null && (await regionIsWithin(db, detected.id, user.regionId)))
    return { regionId: detected.id, notes: [] };
  const own = user.regionId === null ? null : await findRegionById(db, user.regionId);
  return {
    regionId: own?.id ?? null,
    notes: [
      {
        code: 'region-outside-scope',
        message: own
          ? `文件所写地区“${detected.name}”不在您的范围内，已存放在您的地区“${own.name}”下；其中的目标仍属于${detected.name}，由该地区的审核人或管理员确认。`
          : `文件所写地区“${detected.name}”不在您的范围内；文件仅您和管理员可见。`,
        start: 0,
        end: 0,
      },
    ],
  };
}

/**
 * What the review screen shows beside each target: where its name came from (`catalogue` when
 * the matcher links it to an indicator, else `heuristic`) and, for targets not yet linked,
 * catalogue suggestions.
 */
export function withSuggestions(
  targets: StoredTarget[],
  catalogue: { id: number; name: string; synonyms: string[] }[],
): StoredTarget[] {
  return targets.map((t) => {
    const nameSource = linkIndicator(t.indicator, catalogue) ? 'catalogue' : 'heuristic';
    return t.indicatorId === null
      ? { ...t, nameSource, suggestions: suggestIndicators(t.indicator, catalogue) }
      : { ...t, nameSource };
  });
}
