using System.Globalization;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>Amounts in đồng as Vietnamese readers write them: 1.500.000.000 đ.</summary>
public static class Money
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(long vnd) => vnd.ToString("N0", Vietnamese) + " đ";
}
