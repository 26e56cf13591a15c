# escape=`
# A Windows image: backslashes are path separators, the backtick continues lines.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR C:\app
COPY bin\Release\ C:\app\
RUN New-Item -ItemType Directory C:\data ; `
    Write-Host "ready"
ENV APP_HOME=C:\app `
    LOG_DIR="C:\app\logs"
ENTRYPOINT ["C:\\app\\server.exe"]
