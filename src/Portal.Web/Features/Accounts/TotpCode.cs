namespace Portal.Web.Features.Accounts;

internal static class TotpCode
{
    /// <summary>People type "123 456" or "123-456"; the authenticator provider wants six bare digits.</summary>
    public static string Normalise(string? input) =>
        new((input ?? "").Where(c => c is not (' ' or '-')).ToArray());
}
