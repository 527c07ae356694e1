using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Integrity;

/// <summary>
/// The outcome of an integrity command: done (with the id it concerned, or how many rows it added) or refused with a
/// resource key whose Vietnamese text the page shows. Refusals are audited by the services that return them.
/// </summary>
public sealed record IntegrityResult(bool Done, string? Problem = null, Guid? Id = null, bool Conflict = false, int Count = 0)
{
    /// <summary>The refusal for a caller whose role does not allow the step (deny by default, ADR 0004).</summary>
    public const string NotPermitted = "Integrity.Error.NotPermitted";

    public static IntegrityResult Ok(Guid? id = null) => new(true, null, id);

    public static IntegrityResult Added(int count) => new(true, Count: count);

    public static IntegrityResult Refused(string problem) => new(false, problem);

    public static IntegrityResult Stale() => new(false, "Integrity.Error.Conflict", Conflict: true);
}

/// <summary>
/// Who acts: their account, their key session (declarations are opened by keys), their directory entry and their
/// roles. Services decide from the roles here, never from what the page showed; an actor built without roles can
/// do only what any staff member can (their own gifts, conflicts, declarations and acknowledgements).
/// </summary>
public sealed record IntegrityActor(Guid UserId, string? Session, Guid? StaffId, IReadOnlySet<string>? RoleNames = null)
{
    public bool Is(string role) => RoleNames?.Contains(role) == true;

    public bool IsPersonnelOfficer => Is(Roles.PersonnelOfficer);

    public bool IsControlBody => Is(Roles.ControlBody);

    public bool IsAdministrator => Is(Roles.Administrator);

    /// <summary>Keepers of the gift register: the personnel unit, and leaders who follow their units' registers.</summary>
    public bool KeepsGiftRegister => IsPersonnelOfficer || Is(Roles.Leader);
}
