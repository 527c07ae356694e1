using System.IO.Compression;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Decodes the streams the rewriter must read itself (cross-reference and object streams):
/// no filter, or FlateDecode with an optional PNG or TIFF predictor. Content and image streams are
/// never decoded; they are copied as they are.</summary>
internal static class PdfStreamDecoder
{
    public static byte[] Decode(PdfStream stream, PdfDecodeBudget budget)
    {
        var dictionary = stream.Dictionary;
        var filter = dictionary.Get("Filter") switch
        {
            null or PdfNull => null,
            PdfName name => name.Value,
            PdfArray { Items: [] } => null,
            PdfArray { Items: [PdfName only] } => only.Value,
            _ => throw ScrubAbortedException.Unsupported("A PDF structure stream uses several filters."),
        };

        byte[] data;
        if (filter is null)
        {
            budget.Consume(stream.Data.Length);
            data = stream.Data.ToArray();
        }
        else if (filter is "FlateDecode" or "Fl")
        {
            data = Inflate(stream.Data, budget);
        }
        else
        {
            throw ScrubAbortedException.Unsupported($"A PDF structure stream uses the {filter} filter.");
        }

        var parameters = dictionary.Get("DecodeParms") switch
        {
            PdfDictionary single => single,
            PdfArray { Items: [PdfDictionary first] } => first,
            _ => null,
        };
        return parameters is null ? data : Unpredict(data, parameters);
    }

    private static byte[] Inflate(ReadOnlyMemory<byte> compressed, PdfDecodeBudget budget)
    {
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            using var source = new ZLibStream(new MemoryStream(compressed.ToArray(), writable: false), CompressionMode.Decompress);
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                budget.Consume(read);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException) when (output.Length > 0)
        {
            // A damaged checksum or a missing end after complete data: viewers accept it, and so do we.
        }

        return output.ToArray();
    }

    private static byte[] Unpredict(byte[] data, PdfDictionary parameters)
    {
        var predictor = Integer(parameters, "Predictor", 1);
        if (predictor <= 1)
            return data;
        var colors = Integer(parameters, "Colors", 1);
        var bits = Integer(parameters, "BitsPerComponent", 8);
        var columns = Integer(parameters, "Columns", 1);
        if (colors is < 1 or > 32 || bits is not (1 or 2 or 4 or 8 or 16) || columns is < 1 or > 1_000_000)
            throw ScrubAbortedException.Corrupt("A PDF structure stream has invalid predictor parameters.");
        var rowLength = (int)(((colors * bits * columns) + 7) / 8);
        var pixelLength = (int)Math.Max(1, colors * bits / 8);

        if (predictor == 2)
        {
            if (bits != 8)
                throw ScrubAbortedException.Unsupported("A PDF structure stream uses a TIFF predictor with unusual sample sizes.");
            for (var row = 0; row + rowLength <= data.Length; row += rowLength)
            {
                for (var i = pixelLength; i < rowLength; i++)
                    data[row + i] = (byte)(data[row + i] + data[row + i - pixelLength]);
            }

            return data;
        }

        return PngUnpredict(data, rowLength, pixelLength);
    }

    /// <summary>PNG predictors (RFC 2083, 6): each row starts with its filter type.</summary>
    private static byte[] PngUnpredict(byte[] data, int rowLength, int pixelLength)
    {
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var row = 0; row < rows; row++)
        {
            var type = data[row * (rowLength + 1)];
            var source = data.AsSpan((row * (rowLength + 1)) + 1, rowLength);
            var current = output.AsSpan(row * rowLength, rowLength);
            for (var i = 0; i < rowLength; i++)
            {
                int left = i >= pixelLength ? current[i - pixelLength] : 0;
                int up = previous[i];
                int upLeft = i >= pixelLength ? previous[i - pixelLength] : 0;
                current[i] = (byte)(source[i] + type switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw ScrubAbortedException.Corrupt("A PDF structure stream has an invalid PNG predictor."),
                });
            }

            current.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static long Integer(PdfDictionary dictionary, string key, long fallback) =>
        dictionary.Get(key) is PdfNumber number && number.AsInteger is { } value ? value : fallback;
}
