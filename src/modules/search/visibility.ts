/**
 * The visibilities a searcher may see: everyone sees public documents, a signed-in person also those
 * for signed-in people. (Documents restricted to an ability are not yet handed over by any module;
 * when one is, the ability is checked here with `can`.)
 */
export function visibilitiesOf(actor: unknown): string[] {
  return actor ? ['public', 'signedIn'] : ['public'];
}
