// A key that changes with every answer of a form's action, to remount the form after a refusal.
//
// React resets a <form action> after its action runs: every field goes back to the value it had when it was
// first rendered. Uncontrolled fields would then lose what the user typed, and controlled choices (a radio
// group held in state) would show one value while the form submits another — so a 不予公开 item, saved
// again after a refusal, was stored as 主动公开. Keyed by the answer, the form is rebuilt from the values the
// server sent back (FormState.values) instead, and the reset lands on the discarded form.
const generations = new WeakMap<object, number>();
let last = 0;

export function formGeneration(state: object): number {
  let generation = generations.get(state);
  if (generation === undefined) {
    generation = ++last;
    generations.set(state, generation);
  }
  return generation;
}
