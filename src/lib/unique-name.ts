/**
 * `wanted` itself when it is free, otherwise the first free name of `wanted` + suffix(2), suffix(3)…
 * Used for snapshot ids ("snap-x1", "snap-x1-2") and team members' labels ("Ann", "Ann (2)").
 */
export function uniqueName(wanted: string, taken: ReadonlySet<string>, suffix: (n: number) => string = (n) => `-${n}`): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n += 1) name = `${wanted}${suffix(n)}`;
  return name;
}
