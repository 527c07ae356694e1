using System.Security.Claims;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Programme;

/// <summary>
/// Who is acting on the programme, loopholes or assessment. Every signed-in staff member reads; leaders and
/// programme secretaries edit. Use cases check this themselves, so a page that forgets to hide a button still refuses.
/// </summary>
public sealed record ProgrammeActor(Guid UserId, bool CanEdit, bool IsAdministrator = false)
{
    public static readonly string[] Editors = [Roles.Leader, Roles.ProgrammeSecretary];

    public static ProgrammeActor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        id != Guid.Empty && Editors.Any(user.IsInRole),
        id != Guid.Empty && user.IsInRole(Roles.Administrator));

    /// <summary>The assessment criteria are reference data: administrators may maintain them too, but not score.</summary>
    public bool CanEditCriteria => CanEdit || IsAdministrator;
}
