/**
 * Inputs of the demand forecast on /metrics/forecast/, kept in this browser under a namespaced,
 * versioned key. Only values that passed validation are written, so the last valid forecast
 * survives a bad entry and a reload; decoding re-checks every field.
 */
import { atom, computed } from 'nanostores';
import {
  completeInputs,
  decodeForecastInputs,
  FALLBACK_CASES_PER_NEW_USER,
  forecast,
  type ForecastField,
  type ForecastMonth,
  type StoredForecastInputs,
} from '../../lib/metrics/forecast';
import { persistentAtom } from '../persistence';

export const FORECAST_KEY = 'smp:forecast:v1';

export const $forecastInputs = persistentAtom<StoredForecastInputs>(FORECAST_KEY, {}, {
  encode: JSON.stringify,
  decode: decodeForecastInputs,
});

/** Cases per new user until someone enters their own: the page sets it from the metric's benchmark. */
export const $defaultCasesPerNewUser = atom(FALLBACK_CASES_PER_NEW_USER);

/** Stored inputs with the default filled in where nothing was entered. */
export const $effectiveInputs = computed([$forecastInputs, $defaultCasesPerNewUser], (stored, casesPerNewUser): StoredForecastInputs => ({
  casesPerNewUser,
  newUserMonths: 1,
  ...stored,
}));

/** The twelve months, or undefined until every figure has a valid value. */
export const $forecast = computed($effectiveInputs, (effective): ForecastMonth[] | undefined => {
  const inputs = completeInputs(effective);
  return inputs ? forecast(inputs) : undefined;
});

export function setDefaultCasesPerNewUser(value: number): void {
  $defaultCasesPerNewUser.set(value);
}

export function setForecastInput(key: ForecastField | 'newUserMonths', value: number): void {
  const next = { ...$forecastInputs.get(), [key]: value };
  $forecastInputs.set(next);
}

export function clearForecastInputs(): void {
  $forecastInputs.set({});
}
