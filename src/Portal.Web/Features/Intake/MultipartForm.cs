using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Features.Intake;

/// <summary>
/// Reads a multipart form section by section, so uploads stream into the encryptor instead of being
/// buffered (ASP.NET's form reader would spill large files to a plaintext temporary file).
/// </summary>
public sealed class MultipartForm(MultipartReader reader)
{
    public static MultipartForm? Open(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ||
            !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        return string.IsNullOrEmpty(boundary) || boundary.Length > 200 ? null
            : new MultipartForm(new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 });
    }

    /// <summary>The next section: a field (name, value read up to a limit) or a file (name, content type, stream).</summary>
    public async Task<Part?> NextAsync(int maxFieldChars, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
        {
            return null;
        }

        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
        {
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            return new Part(name, null, fileName ?? "", section.ContentType, section.Body);
        }

        using var text = new StreamReader(section.Body, Encoding.UTF8, leaveOpen: true);
        var buffer = new char[maxFieldChars + 1];
        var length = await text.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new Part(name, length > maxFieldChars ? null : new string(buffer, 0, length), null, null, null);
    }

    /// <summary>A field whose Value is null was longer than allowed.</summary>
    public sealed record Part(string Name, string? Value, string? FileName, string? ContentType, Stream? Content)
    {
        public bool IsFile => FileName is not null;
    }
}
