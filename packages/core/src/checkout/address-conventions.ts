/**
 * The conventions of a country's phone numbers and addresses: which address fields are required and
 * what the phone and postal code must look like. The core's checks (`validateCheckoutDraft`,
 * `destinationErrors`) judge by them, and a form presents its fields by them (labels, required
 * marks, hints, keyboards), so that what a form says matches the problems it will get. Decided here
 * once for every form (the checkout, a new delivery address on an order, signing in by phone).
 *
 * @module
 */

/** An address field a shopper types (the country is chosen). */
export type AddressTextField = 'region' | 'city' | 'district' | 'line1' | 'line2' | 'postalCode';

/** What a form shows beside the phone and address fields of one country (see {@link addressConventions}). */
export interface AddressConventions {
  /** The address fields that must be filled in: region, city and line 1 everywhere; the district in mainland China; the postal code in mainland China and the US. */
  required: ReadonlySet<AddressTextField>;
  /** The region is named a province (省/自治区/直辖市 in mainland China), not a region or state. */
  regionIsProvince: boolean;
  /** The phone check accepts only a mainland China mobile number (11 digits starting 1[3-9], `+86` allowed): a form says so beside the field. */
  mainlandMobile: boolean;
  /** The postal code must be 6 digits: a form says so and offers a numeric keypad. */
  sixDigitPostalCode: boolean;
}

/**
 * The conventions of `country` (an ISO 3166-1 alpha-2 code, compared trimmed and in capitals, as the
 * checks compare it): mainland China (`CN`) requires the district and postal code, names its regions
 * provinces, takes mainland mobile numbers and 6-digit postal codes; the US requires the postal code.
 */
export function addressConventions(country: string): AddressConventions {
  const code = country.trim().toUpperCase();
  const mainland = code === 'CN';
  const required = new Set<AddressTextField>(['region', 'city', 'line1']);
  if (mainland) required.add('district');
  if (mainland || code === 'US') required.add('postalCode');
  return { required, regionIsProvince: mainland, mainlandMobile: mainland, sixDigitPostalCode: mainland };
}
