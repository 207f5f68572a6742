// Zod runs an object's refinements even when one of its fields failed to parse (the field then holds
// nothing), so a check like `endsAt > startsAt` would read undefined, or throw on `.getTime()` and
// turn a missing date into a 500. Pass this to such a refinement: it runs only when the fields it
// reads parsed; until then the field's own error is what the user sees.
type Payload = { value: unknown; issues: { path?: PropertyKey[] }[] };

export const whenParsed = (...fields: string[]) => ({
  when: (payload: Payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))),
});
