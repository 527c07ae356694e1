using System.Text.Json;

namespace Portal.Web.Features.Intake;

/// <summary>The draft travels between steps in a hidden field of the reporter's own page: the server keeps nothing until the final submit.</summary>
public static class DraftCodec
{
    public const int MaxLength = 256 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Encode(ReportDraft draft) => JsonSerializer.Serialize(draft, Json);

    public static ReportDraft? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReportDraft>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
