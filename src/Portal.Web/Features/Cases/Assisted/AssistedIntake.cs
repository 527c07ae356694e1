using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Cases;

public sealed record AssistedReceipt(string Receipt, string CaseCode);

/// <summary>
/// An officer records a report taken by phone, in person or by post. It goes through the same sealing as the
/// anonymous channel (the officer's words are the encrypted transcript); the reporter gets a receipt on a
/// printed slip and can read and correct the transcript in the mailbox.
/// </summary>
public sealed class AssistedIntake(
    IntakeSubmission submission, DraftValidation validation, OrganisationDirectory directory, Audit.AuditLog audit,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public async Task<(AssistedReceipt? Receipt, IReadOnlyList<string> Errors)> RecordAsync(
        Guid officerId, ReportOrigin origin, ReportDraft draft, CancellationToken cancellationToken = default)
    {
        if (origin == ReportOrigin.Online || !Enum.IsDefined(origin))
        {
            return (null, [l["Assisted.Error.Origin"]]);
        }

        var units = (await directory.TreeAsync(cancellationToken)).Where(u => u.IsActive).Select(u => u.Id).ToHashSet();
        var errors = validation.Validate(draft, units);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var (pending, problem) = await submission.BeginAsync(draft, cancellationToken, origin, officerId);
        if (pending is null)
        {
            return (null, [l[problem == SubmissionProblem.Busy ? "Intake.Error.Busy" : "Intake.Report.NotOpenYet"]]);
        }

        await using (pending)
        {
            var code = await pending.CommitAsync(cancellationToken);
            await audit.AppendAsync(CaseAudit.RecordedByStaff, officerId, pending.Id.ToString(), $"origin={origin}", cancellationToken);
            return (new AssistedReceipt(pending.Receipt.FormatForDisplay(), code), []);
        }
    }
}
