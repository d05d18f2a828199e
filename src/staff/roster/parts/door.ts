import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';

export interface DoorContext {
  code: string;
  busy: boolean;
  /** The camera is on (its video shown, with a button to stop). */
  scanning: boolean;
  onCode: (value: string) => void;
  onSubmitCode: () => void;
  onScan: () => void;
  onStopScan: () => void;
  onPicture: (file: File) => void;
}

/**
 * Check-in by the code a person shows: typed (`XXXX-XXXX`), scanned with the
 * camera, or read from a picture (a phone's photo of the confirmation, or the
 * tablet's camera app through the file picker when live video is not allowed).
 */
export function renderDoor(c: DoorContext): TemplateResult {
  const id = fieldId('code');
  return html`<section class="door panel" aria-labelledby="door-title">
    <h2 id="door-title">${msg('Check in by code', { id: 'staff.roster.door-title' })}</h2>
    <form
      class="code-form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onSubmitCode();
      }}
    >
      <div part="field" class="field">
        <label part="label" class="label" for=${id}>${msg('Check-in code', { id: 'staff.roster.code-label' })}</label>
        <p part="hint" class="hint" id=${`${id}-hint`}>
          ${msg('As on the confirmation: 8 letters and digits, like ABCD-1234.', { id: 'staff.roster.code-hint' })}
        </p>
        <div class="code-row">
          <input
            part="input"
            class="input code"
            id=${id}
            name="code"
            type="text"
            dir="ltr"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="24"
            aria-describedby=${`${id}-hint`}
            .value=${c.code}
            @input=${(e: Event) => c.onCode((e.target as HTMLInputElement).value)}
          />
          <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
            ${msg('Check in', { id: 'staff.roster.check-in' })}
          </button>
        </div>
      </div>
    </form>
    <div class="scan-row">
      ${
        c.scanning
          ? html`<button class="button" type="button" id="stop-scan" @click=${c.onStopScan}>
              ${msg('Stop scanning', { id: 'staff.roster.scan-stop' })}
            </button>`
          : html`<button class="button" type="button" id="scan" @click=${c.onScan}>
              ${msg('Scan QR code', { id: 'staff.roster.scan' })}
            </button>`
      }
      <input
        class="picture-input visually-hidden"
        id="picture"
        type="file"
        accept="image/*"
        capture="environment"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          // Cleared, so the same picture chosen again is read again.
          input.value = '';
          if (file) c.onPicture(file);
        }}
      />
      <label class="button picture-label" for="picture">
        ${msg('Scan from a picture', { id: 'staff.roster.scan-picture' })}
      </label>
    </div>
    ${
      c.scanning
        ? html`<video
            class="camera"
            muted
            playsinline
            aria-label=${msg('Camera: hold the QR code in front of it', { id: 'staff.roster.camera-label' })}
          ></video>`
        : nothing
    }
  </section>`;
}
