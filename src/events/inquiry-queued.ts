/** What the page learns about an inquiry kept on the device: only its kind and topic. */
export interface InquiryQueuedDetail {
  kind: 'inquiry' | 'volunteer';
  topic: string;
}

/**
 * `<ww-inquiry-form>` could not reach the office (offline, no answer, a server
 * failure) and kept the inquiry on this device; it is sent automatically later.
 */
export class WwInquiryQueuedEvent extends CustomEvent<InquiryQueuedDetail> {
  constructor(detail: InquiryQueuedDetail) {
    super('ww-inquiry-queued', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-inquiry-queued': WwInquiryQueuedEvent;
  }
}
