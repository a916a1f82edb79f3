namespace IntakeBot.Bot.Staff.Api;

/// <summary>Turns any failure in a staff endpoint into a problem+json answer (503 for a failing store, else 500), never a stack trace.</summary>
internal sealed class StaffApiErrorFilter(ILogger<StaffApiErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (InvalidOperationException exception)
        {
            logger.LogError(exception, "The staff API failed on {Path}.", context.HttpContext.Request.Path);
            return StaffProblems.Unavailable();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The staff API failed on {Path}.", context.HttpContext.Request.Path);
            return StaffProblems.Failed();
        }
    }
}
