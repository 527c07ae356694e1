namespace Portal.Web.Features.Accounts;

/// <summary>The portal's roles. Scope (unit, case assignment, recusal) narrows them further per feature.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Handler = "Handler";
    public const string Custodian = "Custodian";
    public const string Leader = "Leader";
    public const string Staff = "Staff";

    /// <summary>Personnel unit (Phòng Tổ chức cán bộ): reviews asset declarations, records reminders, runs the verification draw.</summary>
    public const string PersonnelOfficer = "PersonnelOfficer";

    /// <summary>Keeps the anti-corruption programme, loopholes register and assessment up to date for the steering committee; reads no case content.</summary>
    public const string ProgrammeSecretary = "ProgrammeSecretary";

    /// <summary>The asset and income control body (cơ quan kiểm soát tài sản, thu nhập): receives handed-over declarations.</summary>
    public const string ControlBody = "ControlBody";

    /// <summary>
    /// Check officer (cán bộ kiểm tra, usually of the Department's inspectorate): plans and runs the Department's checks,
    /// records findings and conclusions, follows recommendations up until they are closed.
    /// </summary>
    public const string CheckOfficer = "CheckOfficer";

    public static readonly IReadOnlyList<string> All = [Administrator, Handler, Custodian, Leader, Staff, PersonnelOfficer, ControlBody, ProgrammeSecretary, CheckOfficer];

    /// <summary>Roles that can reach case content, identities or other people's declarations: a stolen password alone must not be enough.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Handler, Custodian, Leader, PersonnelOfficer, ControlBody, CheckOfficer];
}
