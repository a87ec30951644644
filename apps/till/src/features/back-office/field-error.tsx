/** A refusal beside the field it is about; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="office-field-error" role="alert">
      {message}
    </span>
  );
}

/**
 * The attributes that tie a field to its hint and to its refusal, when there is one; a field with
 * no refusal of its own (`id` undefined) is only tied to its hint.
 */
export function invalidProps(id: string | undefined, message: string | undefined, hintId?: string) {
  const refused = id !== undefined && Boolean(message);
  const describedBy = [hintId, refused ? id : undefined].filter(Boolean).join(' ');
  return { ...(refused ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
