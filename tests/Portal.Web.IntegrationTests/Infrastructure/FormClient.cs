using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>Drives the static SSR forms as a browser without JavaScript would: GET the page, echo its antiforgery token, POST.</summary>
public static partial class FormClient
{
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {path}");
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Takes the antiforgery token from <paramref name="pagePath"/> and posts a plain form to an endpoint.</summary>
    public static async Task<HttpResponseMessage> PostToAsync(
        this HttpClient client, string pagePath, string action, IDictionary<string, string> fields)
    {
        var token = TokenPattern().Match(await client.GetStringAsync(pagePath));
        Assert.True(token.Success, $"no antiforgery token on {pagePath}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password) =>
        await client.PostFormAsync("/account/login", "login",
            new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    public static async Task<HttpResponseMessage> SendTotpAsync(this HttpClient client, string key, DateTimeOffset now)
    {
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(now.UtcDateTime);
        return await client.PostFormAsync("/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public static class RedirectExtensions
{
    /// <summary>The redirect target as a local path and query, whether the server wrote it absolute or relative.</summary>
    public static string? RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;
}
