using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Crypto;

namespace Portal.Web.Features.Intake.FollowUp;

/// <summary>
/// The follow-up actions. Each checks antiforgery, works only with an open mailbox session, and answers with
/// the mailbox document; an ended session gets the receipt form again with a plain explanation.
/// </summary>
internal static class FollowUpEndpoints
{
    public static WebApplication MapFollowUp(this WebApplication app)
    {
        var group = app.MapGroup("/follow-up").AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/open", OpenAsync).RequireRateLimiting(IntakeExtensions.LookupPolicy);
        group.MapPost("/send", SendAsync).RequireRateLimiting(IntakeExtensions.SendPolicy);
        group.MapPost("/disclose", DiscloseAsync);
        group.MapPost("/protect", (HttpContext h, IAntiforgery a, Mailbox m, IStringLocalizer<SharedResource> l) =>
            SimpleAsync(h, a, m, l, (t, ct) => m.RequestProtectionAsync(t, ct), "Intake.Mailbox.Protected"));
        group.MapPost("/withdraw", WithdrawAsync);
        group.MapPost("/close", CloseAsync);
        group.MapPost("/file", FileAsync);
        return app;
    }

    private static async Task<IResult> OpenAsync(
        HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, Admission.AdmissionControl admission, IStringLocalizer<SharedResource> l)
    {
        if (await ReadFormAsync(http, antiforgery, l) is not { } form)
        {
            return Expired(l);
        }

        if (!Receipt.TryNormalise(form["receipt"], out var receipt, out var problem))
        {
            return Result(null, null, null, [l[$"Intake.ReceiptError.{problem}"]], StatusCodes.Status400BadRequest);
        }

        // Before the Argon2id and the minimum answer time: a refusal says nothing about the receipt, so it may be quick.
        if (admission.TryAdmit(Admission.AdmissionForm.Lookup, form["ticket"], form["proof"]) == Admission.AdmissionLane.Refused)
        {
            return Result(null, null, null, [l["Admission.WaitLookup", admission.WaitSeconds]], StatusCodes.Status429TooManyRequests);
        }

        var (token, openProblem) = await mailbox.OpenAsync(receipt, http.RequestAborted);
        return openProblem switch
        {
            OpenProblem.None => await MailboxAsync(mailbox, token, null, [], l, http.RequestAborted),
            OpenProblem.Busy => Result(null, null, null, [l["Keys.Busy"]], StatusCodes.Status503ServiceUnavailable),
            // The same words for a receipt never issued and one mistyped past the checksum.
            _ => Result(null, null, null, [l["Intake.ReceiptError.Unknown"]], StatusCodes.Status404NotFound),
        };
    }

    private static async Task<IResult> SendAsync(
        HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, IOptions<IntakeOptions> options, IStringLocalizer<SharedResource> l)
    {
        var ct = http.RequestAborted;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.Value.MaxReportBytes + 1024 * 1024;
        }

        var form = MultipartForm.Open(http.Request);
        var tokenPart = form is null ? null : await form.NextAsync(4096, ct);
        if (form is null || tokenPart is not { Name: "__RequestVerificationToken", Value: { } antiforgeryToken })
        {
            return Expired(l);
        }

        http.Request.Headers["RequestVerificationToken"] = antiforgeryToken;
        var session = await form.NextAsync(128, ct);
        var text = await form.NextAsync(DraftValidation.LongText, ct);
        if (!await antiforgery.IsRequestValidAsync(http) || session is not { Name: "token" } || text is not { Name: "text" })
        {
            return Expired(l);
        }

        if (text.Value is null)
        {
            return await MailboxAsync(mailbox, session.Value, null, [l["Intake.Error.TooLong", l["Intake.Mailbox.Reply"], DraftValidation.LongText]], l, ct);
        }

        await using var pending = await mailbox.BeginMessageAsync(session.Value, ct);
        if (pending is null)
        {
            return Ended(l);
        }

        var errors = new List<string>();
        var files = 0;
        while (await form.NextAsync(0, ct) is { } part)
        {
            if (part.IsFile && part.FileName!.Length > 0)
            {
                files++;
                var added = await pending.AddFileAsync(part.FileName, part.Content!, ct);
                if (added != FileProblem.None)
                {
                    errors.Add(l[$"Intake.File.{added}", FileNames.Clean(part.FileName), options.Value.MaxFileBytes / (1024 * 1024), options.Value.MaxReportBytes / (1024 * 1024)]);
                }
            }
        }

        if (errors.Count == 0 && string.IsNullOrWhiteSpace(text.Value) && files == 0)
        {
            errors.Add(l["Intake.Mailbox.Empty"]);
        }

        if (errors.Count > 0)
        {
            return await MailboxAsync(mailbox, session.Value, null, errors, l, ct);
        }

        await pending.CommitAsync(text.Value.Trim(), ct);
        return await MailboxAsync(mailbox, session.Value, l["Intake.Mailbox.Sent"], [], l, ct, pending.Files);
    }

    private static async Task<IResult> DiscloseAsync(
        HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, DraftValidation validation, IStringLocalizer<SharedResource> l)
    {
        if (await ReadFormAsync(http, antiforgery, l) is not { } form)
        {
            return Expired(l);
        }

        var identity = new ReporterIdentity
        {
            FullName = form["fullName"].ToString().Trim(), Address = Clean(form["address"]), Phone = Clean(form["phone"]),
            Email = Clean(form["email"]), IdNumber = Clean(form["idNumber"]),
        };
        var errors = validation.Validate(new ReportDraft { Content = new ReportContent { WhatHappened = "-" }, Identity = identity }, new HashSet<Guid>());
        if (errors.Count > 0)
        {
            return await MailboxAsync(mailbox, form["token"], null, errors, l, http.RequestAborted);
        }

        return await mailbox.DiscloseIdentityAsync(form["token"], identity, http.RequestAborted)
            ? await MailboxAsync(mailbox, form["token"], l["Intake.Mailbox.Disclosed"], [], l, http.RequestAborted)
            : Ended(l);
    }

    private static async Task<IResult> WithdrawAsync(HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, IStringLocalizer<SharedResource> l)
    {
        if (await ReadFormAsync(http, antiforgery, l) is not { } form)
        {
            return Expired(l);
        }

        if (form["confirm"] != "yes")
        {
            return await MailboxAsync(mailbox, form["token"], null, [l["Intake.Mailbox.WithdrawNotConfirmed"]], l, http.RequestAborted);
        }

        return await mailbox.WithdrawAsync(form["token"], http.RequestAborted)
            ? await MailboxAsync(mailbox, form["token"], l["Intake.Mailbox.Withdrawn"], [], l, http.RequestAborted)
            : Ended(l);
    }

    private static async Task<IResult> SimpleAsync(
        HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, IStringLocalizer<SharedResource> l,
        Func<string?, CancellationToken, Task<bool>> action, string noticeKey)
    {
        if (await ReadFormAsync(http, antiforgery, l) is not { } form)
        {
            return Expired(l);
        }

        return await action(form["token"], http.RequestAborted)
            ? await MailboxAsync(mailbox, form["token"], l[noticeKey], [], l, http.RequestAborted)
            : Ended(l);
    }

    private static async Task<IResult> CloseAsync(HttpContext http, IAntiforgery antiforgery, MailboxSessions sessions, IStringLocalizer<SharedResource> l)
    {
        if (await ReadFormAsync(http, antiforgery, l) is { } form)
        {
            sessions.Close(form["token"]);
        }

        return Result(null, null, l["Intake.Mailbox.Closed"], [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> FileAsync(HttpContext http, IAntiforgery antiforgery, Mailbox mailbox, IStringLocalizer<SharedResource> l)
    {
        if (await ReadFormAsync(http, antiforgery, l) is not { } form)
        {
            return Expired(l);
        }

        if (!Guid.TryParse(form["id"], out var id) || await mailbox.OpenFileAsync(form["token"], id, http.RequestAborted) is not { } file)
        {
            return Ended(l);
        }

        return await AttachmentReader.SendAsync(http, file.Content, file.Name);
    }

    /// <summary>Small url-encoded forms only: a multipart body here would be spooled to a temporary file by the form reader.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http, IAntiforgery antiforgery, IStringLocalizer<SharedResource> l)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true ||
            http.Request.ContentLength > 64 * 1024)
        {
            return null;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return await antiforgery.IsRequestValidAsync(http) ? form : null;
    }

    private static async Task<IResult> MailboxAsync(
        Mailbox mailbox, string? token, string? notice, IReadOnlyList<string> errors, IStringLocalizer<SharedResource> l, CancellationToken ct,
        IReadOnlyList<FileNotice>? files = null) =>
        await mailbox.ViewAsync(token, ct) is { } view
            ? Result(token, view, notice, errors, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                await mailbox.DueDateAsync(view, ct), files)
            : Ended(l);

    private static RazorComponentResult<FollowUpResultPage> Ended(IStringLocalizer<SharedResource> l) =>
        Result(null, null, l["Intake.Mailbox.Ended"], [], StatusCodes.Status200OK);

    private static RazorComponentResult<FollowUpResultPage> Expired(IStringLocalizer<SharedResource> l) =>
        Result(null, null, null, [l["Intake.Error.Expired"]], StatusCodes.Status400BadRequest);

    private static RazorComponentResult<FollowUpResultPage> Result(
        string? token, ReportView? view, string? notice, IReadOnlyList<string> errors, int status, Deadlines.Rules.DueDate? due = null,
        IReadOnlyList<FileNotice>? files = null) =>
        new(new Dictionary<string, object?>
        {
            [nameof(FollowUpResultPage.Token)] = token, [nameof(FollowUpResultPage.View)] = view,
            [nameof(FollowUpResultPage.Notice)] = notice, [nameof(FollowUpResultPage.Errors)] = errors,
            [nameof(FollowUpResultPage.Due)] = due, [nameof(FollowUpResultPage.Files)] = files ?? [],
        }) { StatusCode = status };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
