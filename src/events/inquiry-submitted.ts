/** What the page learns about an inquiry the office received: never the message, name or contact. */
export interface InquirySubmittedDetail {
  /** The office's reference code, such as `K7M-4QX`. */
  reference: string;
  /** The topic code (`housing`, `volunteer`…). */
  topic: string;
  kind: 'inquiry' | 'volunteer';
  /** True when it was kept on the device first and delivered later (after a lost connection). */
  queued: boolean;
}

/** The office received an inquiry (or a volunteer sign-up) from `<ww-inquiry-form>`. */
export class WwInquirySubmittedEvent extends CustomEvent<InquirySubmittedDetail> {
  constructor(detail: InquirySubmittedDetail) {
    super('ww-inquiry-submitted', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-inquiry-submitted': WwInquirySubmittedEvent;
  }
}
