using System.Runtime.CompilerServices;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

/// <summary>Finds data files kept beside these tests.</summary>
/// <remarks>
/// The test project copies them to the output folder; the source folder, known at compile time, is the
/// fallback when a runner starts from elsewhere.
/// </remarks>
internal static class CalendarTestData
{
    public static string PathOf(string fileName, [CallerFilePath] string sourceFile = "")
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "Features", "Deadlines", "Calendar", fileName),
            Path.Combine(Path.GetDirectoryName(sourceFile) ?? string.Empty, fileName),
        ];

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Test data '{fileName}' not found; looked in: {string.Join("; ", candidates)}", fileName);
    }
}
