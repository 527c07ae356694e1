using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Load;

/// <summary>
/// A reporter's browser without JavaScript, with its own cookie jar: walks the /report steps once to get the
/// antiforgery cookie and token and the draft, then posts the review page's multipart form to /report/send
/// (token first, then the draft, then the files: the endpoint reads them in that order).
/// </summary>
internal sealed partial class ReporterClient : IDisposable
{
    private static readonly Dictionary<string, string> Details = new()
    {
        ["Details.Channel"] = "Denunciation",
        ["Details.WhatHappened"] = "Bác sĩ khoa Nội nhận phong bì của người nhà bệnh nhân (đo tải).",
        ["Details.When"] = "Tháng 10/2026",
        ["Details.Persons[0].Name"] = "Nguyễn Văn A",
        ["Details.Persons[0].Position"] = "Bác sĩ",
    };

    private readonly HttpClient http;
    private string token = "";
    private string draft = "";

    public ReporterClient(Uri baseAddress, TimeSpan timeout)
    {
        http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };
    }

    /// <summary>Channel step, details step, review page: keeps the send form's token and draft.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await PostStepAsync("channel", new Dictionary<string, string> { ["ChannelForm.Channel"] = "Denunciation" }, cancellationToken);
        var review = await PostStepAsync("details", Details, cancellationToken);
        var sendToken = SendToken().Match(review);
        var draftField = DraftField().Match(review);
        if (!sendToken.Success || !draftField.Success)
        {
            throw new InvalidOperationException("The review page has no send form; the questionnaire was not accepted.");
        }

        token = WebUtility.HtmlDecode(sendToken.Groups[1].Value);
        draft = WebUtility.HtmlDecode(draftField.Groups[1].Value);
    }

    /// <summary>Posts the send form with one file. The caller disposes the response.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpContent file, string fileName, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(draft), "draft" },
            // A fresh id per post, as a fresh review page gives: a repeated id is answered with the first receipt.
            { new StringContent(Guid.NewGuid().ToString("N")), "submission" },
            { file, "files", fileName },
        };
        return await http.PostAsync(new Uri("report/send", UriKind.Relative), form, cancellationToken);
    }

    public static string? Receipt(string page) => ReceiptField().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    public void Dispose() => http.Dispose();

    private async Task<string> PostStepAsync(string formName, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var page = await http.GetStringAsync(new Uri("report", UriKind.Relative), cancellationToken);
        var pageToken = AnyToken().Match(page);
        if (!pageToken.Success)
        {
            throw new InvalidOperationException("No antiforgery token on /report.");
        }

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(pageToken.Groups[1].Value),
        });
        using var response = await http.PostAsync(new Uri("report", UriKind.Relative), body, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AnyToken();

    [GeneratedRegex("action=\"/report/send\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex SendToken();

    [GeneratedRegex("name=\"draft\" value=\"([^\"]+)\"")]
    private static partial Regex DraftField();

    [GeneratedRegex("id=\"receipt\">([^<]+)<")]
    private static partial Regex ReceiptField();
}
