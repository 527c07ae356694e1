using Microsoft.AspNetCore.Identity;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accounts;

/// <summary>A sign-in account. Linked to at most one staff member; an administrator account may have none.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public StaffUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public Guid? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Set when an administrator issued a temporary password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }
}

public sealed class StaffRole : IdentityRole<Guid>
{
    public StaffRole() => Id = Guid.CreateVersion7();

    public StaffRole(string name) : this() => Name = name;
}
