import { MAX_FILES_PER_REQUEST } from '@candor/domain';
import { Button, errorFor, type FieldErrors, PageForm } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import type { DraftFile } from './draft.types.js';
import { ChangeField, ReportLayout } from './report-layout.js';

export function fileSize(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/**
 * Step 5: documents and photos, several at a time, with the warning about the hidden details of
 * formats that cannot be cleaned. Files chosen here are added with either button.
 */
export function FilesPage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  files: readonly DraftFile[];
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const error = errorFor(errors, 'files');
  const full = props.files.length >= MAX_FILES_PER_REQUEST;
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.files.title')}
      back={props.back}
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('report.files.title')}</h1>
      <p>{t.t('report.files.hint', { count: MAX_FILES_PER_REQUEST })}</p>
      <div class="inset">
        <h2 class="heading-m">{t.t('report.files.metadataHeading')}</h2>
        <p>{t.t('report.files.metadataWarning')}</p>
      </div>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/files" multipart>
        <ChangeField change={props.change} />
        <h2 class="heading-m">{t.t('report.files.addedHeading')}</h2>
        {props.files.length === 0 ? (
          <p>{t.t('report.files.noneAdded')}</p>
        ) : (
          <dl class="summary-list file-list">
            {props.files.map((file) => (
              <div class="summary-list__row">
                <dt class="summary-list__key">{file.name}</dt>
                <dd class="summary-list__value">
                  {fileSize(t.locale, file.size)}
                  {' · '}
                  {file.metadataRemoved
                    ? t.t('report.files.cleaned')
                    : t.t('report.files.notCleaned')}
                </dd>
                <dd class="summary-list__actions">
                  <button
                    type="submit"
                    class="button-link"
                    name="action"
                    value={`remove-${file.id}`}
                  >
                    {t.t('report.files.removeFile', { name: file.name })}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        )}
        {full ? (
          <p class="inset">{t.t('report.files.full')}</p>
        ) : (
          <div class={error ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for="files">
              {t.t('report.files.chooseLabel')}
            </label>
            <div class="hint" id="files-hint">
              {t.t('report.files.accepted')}
            </div>
            {error ? (
              <p class="error-message" id="files-error">
                <span class="visually-hidden">{t.t('layout.errorPrefix')} </span>
                {error}
              </p>
            ) : null}
            <input
              class="file-upload"
              id="files"
              name="files"
              type="file"
              multiple
              aria-describedby={error ? 'files-hint files-error' : 'files-hint'}
            />
          </div>
        )}
        <div class="actions">
          {full ? null : (
            <Button secondary name="action" value="upload">
              {t.t('report.files.upload')}
            </Button>
          )}
          <Button name="action" value="continue">
            {t.t('layout.continue')}
          </Button>
        </div>
      </PageForm>
    </ReportLayout>
  );
}
