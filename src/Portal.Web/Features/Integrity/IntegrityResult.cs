namespace Portal.Web.Features.Integrity;

/// <summary>
/// The outcome of an integrity command: done (with the id it concerned) or refused with a resource key whose
/// Vietnamese text the page shows. Refusals are audited by the services that return them.
/// </summary>
public sealed record IntegrityResult(bool Done, string? Problem = null, Guid? Id = null, bool Conflict = false)
{
    public static IntegrityResult Ok(Guid? id = null) => new(true, null, id);

    public static IntegrityResult Refused(string problem) => new(false, problem);

    public static IntegrityResult Stale() => new(false, "Integrity.Error.Conflict", Conflict: true);
}

/// <summary>Who acts: their account, their key session (declarations are opened by keys) and their directory entry.</summary>
public sealed record IntegrityActor(Guid UserId, string? Session, Guid? StaffId);
