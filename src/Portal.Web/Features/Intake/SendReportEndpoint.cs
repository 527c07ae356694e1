using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Intake;

/// <summary>
/// POST /report/send: the final step. Reads the antiforgery token, then the draft, then streams each file
/// straight into its encryptor. Either the whole report is stored (one transaction) or nothing is.
/// </summary>
internal static class SendReportEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IAntiforgery antiforgery, IntakeSubmission submission, DraftValidation validation,
        OrganisationDirectory directory, SubmissionOnce once, Admission.AdmissionControl admission, IOptions<IntakeOptions> options,
        IStringLocalizer<SharedResource> l, ILoggerFactory logs)
    {
        var ct = http.RequestAborted;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // Files plus form overhead; the per-file and per-report limits are enforced while streaming.
            size.MaxRequestBodySize = options.Value.MaxReportBytes + 1024 * 1024;
        }

        var form = MultipartForm.Open(http.Request);
        var token = form is null ? null : await form.NextAsync(4096, ct);
        if (form is null || token is not { Name: "__RequestVerificationToken", Value: { } tokenValue })
        {
            return Page(l["Intake.Error.Form"], StatusCodes.Status400BadRequest);
        }

        // The header is where antiforgery looks first; with it set, validation never touches the body.
        http.Request.Headers["RequestVerificationToken"] = tokenValue;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(l["Intake.Error.Expired"], StatusCodes.Status400BadRequest);
        }

        var draftPart = await form.NextAsync(DraftCodec.MaxLength, ct);
        // The draft and the submission id come before any file, so nothing is read in vain.
        if (draftPart is not { Name: "draft" } || DraftCodec.Decode(draftPart.Value) is not { } draft)
        {
            return Page(l["Intake.Error.Form"], StatusCodes.Status400BadRequest);
        }

        var submissionId = await form.NextAsync(64, ct);
        if (submissionId is not { Name: "submission", Value: { Length: >= 16 } id })
        {
            return Page(l["Intake.Error.Form"], StatusCodes.Status400BadRequest);
        }

        // The admission ticket (and a proof, if the optional script found one) come before the files.
        var next = await form.NextAsync(512, ct);
        var ticket = next is { Name: "ticket", IsFile: false } ? next.Value : null;
        next = ticket is null ? next : await form.NextAsync(64, ct);
        var proof = next is { Name: "proof", IsFile: false } ? next.Value : null;
        next = proof is null ? next : await form.NextAsync(0, ct);

        if (!once.TryStart(id, out var earlier))
        {
            // The same review form sent again (a double click): answer with the first send's receipt.
            return await earlier.WaitAsync(TimeSpan.FromMinutes(5), ct) is { } first ? Receipt(first) : Review(draft, [l["Intake.Error.Busy"]], StatusCodes.Status409Conflict);
        }

        try
        {
            var outcome = await StoreAsync(http, form, next, (ticket, proof), draft, submission, validation, directory, admission, options, l);
            if (outcome.Stored is { } stored)
            {
                once.Complete(id, stored);
                return Receipt(stored);
            }

            once.Abandon(id);
            return outcome.Problem!;
        }
        catch (Exception e) when (StorageFaults.Of(e) is var fault and not StorageFault.None)
        {
            // The transaction rolled back and the pending report removed its files: nothing is half stored. The
            // reporter keeps what they wrote on the page and is told to send again later.
            once.Abandon(id);
            logs.CreateLogger(typeof(SendReportEndpoint)).LogWarning("A report could not be stored: {Fault} ({Error})", fault, e.GetType().Name);
            return Review(draft, [l[fault == StorageFault.Full ? "Faults.Intake.Full" : "Faults.Intake.Busy"]], StatusCodes.Status503ServiceUnavailable);
        }
        catch
        {
            once.Abandon(id);
            throw;
        }
    }

    private static async Task<(SubmissionOnce.Outcome? Stored, IResult? Problem)> StoreAsync(
        HttpContext http, MultipartForm form, MultipartForm.Part? next, (string? Ticket, string? Proof) pass, ReportDraft draft,
        IntakeSubmission submission, DraftValidation validation, OrganisationDirectory directory, Admission.AdmissionControl admission,
        IOptions<IntakeOptions> options, IStringLocalizer<SharedResource> l)
    {
        var ct = http.RequestAborted;
        var units = (await directory.TreeAsync(ct)).Where(u => u.IsActive).Select(u => u.Id).ToHashSet();
        var errors = validation.Validate(draft, units);
        if (errors.Count > 0)
        {
            return (null, Review(draft, errors));
        }

        // After the cheap checks, before the Argon2id: a flood is turned away here for the price of a signature check.
        if (admission.TryAdmit(Admission.AdmissionForm.Report, pass.Ticket, pass.Proof) == Admission.AdmissionLane.Refused)
        {
            return (null, Review(draft, [l["Admission.Wait", admission.WaitSeconds]], StatusCodes.Status429TooManyRequests));
        }

        var (pending, problem) = await submission.BeginAsync(draft, ct);
        if (pending is null)
        {
            return (null, problem == SubmissionProblem.Busy
                ? Review(draft, [l["Intake.Error.Busy"]], StatusCodes.Status503ServiceUnavailable)
                : Page(l["Intake.Report.NotOpenYet"], StatusCodes.Status503ServiceUnavailable));
        }

        await using (pending)
        {
            var fileErrors = new List<string>();
            for (var part = next; part is not null; part = await form.NextAsync(0, ct))
            {
                if (!part.IsFile || part.FileName!.Length == 0)
                {
                    continue; // an empty file input, or a field this form does not have
                }

                var added = await pending.AddFileAsync(part.FileName, part.ContentType, part.Content!, ct);
                if (added != FileProblem.None)
                {
                    fileErrors.Add(l[$"Intake.File.{added}", FileNames.Clean(part.FileName), options.Value.MaxFileBytes / (1024 * 1024), options.Value.MaxReportBytes / (1024 * 1024)]);
                }
            }

            if (fileErrors.Count > 0)
            {
                // Nothing is stored: disposing the pending report removes the files already encrypted.
                fileErrors.Add(l["Intake.File.NothingStored"]);
                return (null, Review(draft, fileErrors, StatusCodes.Status400BadRequest));
            }

            var code = await pending.CommitAsync(ct);
            return (new SubmissionOnce.Outcome(pending.Receipt.FormatForDisplay(), code, pending.Files), null);
        }
    }

    private static RazorComponentResult<IntakeResultPage> Receipt(SubmissionOnce.Outcome outcome) =>
        new(new Dictionary<string, object?>
        {
            [nameof(IntakeResultPage.Receipt)] = outcome.Receipt,
            [nameof(IntakeResultPage.CaseCode)] = outcome.CaseCode,
            [nameof(IntakeResultPage.Files)] = outcome.Files,
        });

    private static RazorComponentResult<IntakeResultPage> Review(ReportDraft draft, IReadOnlyList<string> errors, int status = StatusCodes.Status400BadRequest) =>
        new(new Dictionary<string, object?> { [nameof(IntakeResultPage.Draft)] = draft, [nameof(IntakeResultPage.Errors)] = errors }) { StatusCode = status };

    private static RazorComponentResult<IntakeResultPage> Page(string message, int status) =>
        new(new Dictionary<string, object?> { [nameof(IntakeResultPage.Errors)] = new[] { message } }) { StatusCode = status };
}
