namespace Portal.Web.Features.Accounts;

/// <summary>The portal's roles. Scope (unit, case assignment, recusal) narrows them further per feature.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Handler = "Handler";
    public const string Custodian = "Custodian";
    public const string Leader = "Leader";
    public const string Staff = "Staff";

    /// <summary>Keeps the anti-corruption programme, loopholes register and assessment up to date for the steering committee; reads no case content.</summary>
    public const string ProgrammeSecretary = "ProgrammeSecretary";

    public static readonly IReadOnlyList<string> All = [Administrator, Handler, Custodian, Leader, Staff, ProgrammeSecretary];

    /// <summary>Roles that can reach case content or identities: a stolen password alone must not be enough.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Handler, Custodian, Leader];
}
