using System.Net;
using System.Net.Sockets;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>The partition keys of the rate limits: the client address and the Direct Line token.</summary>
internal static class ClientKeys
{
    /// <summary>
    /// The client address as the forwarded-headers middleware left it (so a proxy's X-Forwarded-For counts only when
    /// the proxy is trusted). IPv6 clients count per /64, the block one home or phone gets, so a script cannot
    /// escape the limit by hopping addresses inside its own block.
    /// </summary>
    public static string Address(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }

    /// <summary>The bearer token (or the <c>t</c> query parameter of stream and file URLs); null without one.</summary>
    public static string? Token(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header.AsSpan(7).Trim();
            return token.IsEmpty ? null : token.ToString();
        }

        var query = request.Query["t"].ToString();
        return query.Length > 0 ? query : null;
    }
}
