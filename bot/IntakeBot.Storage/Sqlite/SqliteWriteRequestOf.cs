using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>A queued write whose work returns <typeparamref name="T"/>.</summary>
internal sealed class SqliteWriteRequestOf<T> : SqliteWriteRequest
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<SqliteConnection, int> _prepare;
    private readonly Func<ValueTask<T>> _work;
    private readonly CancellationTokenRegistration _registration;
    private T _result = default!;

    public SqliteWriteRequestOf(Action<SqliteConnection, int> prepare, Func<ValueTask<T>> work, CancellationToken cancellationToken)
    {
        _prepare = prepare;
        _work = work;
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.Register(
                static state =>
                {
                    var (request, token) = ((SqliteWriteRequestOf<T>, CancellationToken))state!;
                    if (request.TryCancel())
                    {
                        request._completion.TrySetCanceled(token);
                    }
                },
                (this, cancellationToken));
        }
    }

    public Task<T> Task => _completion.Task;

    public override void Prepare(SqliteConnection connection, int generation) => _prepare(connection, generation);

    public override async ValueTask RunAsync() => _result = await _work().ConfigureAwait(false);

    public override void Succeed()
    {
        _registration.Dispose();
        _completion.TrySetResult(_result);
    }

    public override void Fail(Exception error)
    {
        _registration.Dispose();
        _result = default!;
        _completion.TrySetException(error);
    }
}
