/** The parts of a postal address the widgets show (the API's `Address`, less the country). */
export interface AddressLines {
  address_1: string;
  address_2?: string | null;
  city: string;
  state_province: string;
  postal_code: string;
}

/**
 * A US postal address on one line, as the widgets show it and a map app reads
 * it: "22 Linden Blvd, Brooklyn, NY 11226" (`short`: "22 Linden Blvd,
 * Brooklyn", for a card). One string, so that a template can isolate it whole
 * (`<bdi>`): in Arabic or Urdu text, the pieces of an address are laid out as
 * "Linden Blvd, Brooklyn, NY 11226 22".
 */
export const formatAddress = (a: AddressLines, short = false): string =>
  [a.address_1, a.address_2, a.city, !short && `${a.state_province} ${a.postal_code}`.trim()]
    .filter(Boolean)
    .join(', ');

/** Directions in the visitor's own map app: an outbound link, no embedded map or script. */
export const directionsHref = (a: AddressLines): string =>
  `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(formatAddress(a))}`;
