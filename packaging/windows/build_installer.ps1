# Build dist\Alliance-<version>-setup.exe from dist\alliance (after `pyinstaller packaging\alliance.spec`),
# signed with Authenticode when a certificate is configured:
#
#   ALLIANCE_SIGN_CERT_SHA1   thumbprint of a code-signing certificate in the user's certificate store
#   ALLIANCE_SIGN_TIMESTAMP   RFC 3161 timestamp server (default http://timestamp.digicert.com)
#
# Without ALLIANCE_SIGN_CERT_SHA1 it builds the installer unsigned and says so. Needs Inno Setup 6.3+ (iscc on
# PATH or in its default folder) and, for signing, signtool.exe from the Windows SDK on PATH.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$iss = Join-Path $PSScriptRoot "alliance.iss"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }

$arguments = @()
if ($env:ALLIANCE_SIGN_CERT_SHA1) {
    $timestamp = if ($env:ALLIANCE_SIGN_TIMESTAMP) { $env:ALLIANCE_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
    $command = "signtool sign /fd sha256 /td sha256 /tr $timestamp /sha1 $($env:ALLIANCE_SIGN_CERT_SHA1) `$f"
    $arguments += "/DSignTool=alliance", "/Salliance=$command"
} else {
    Write-Warning "ALLIANCE_SIGN_CERT_SHA1 is not set: building an unsigned installer (SmartScreen will warn)."
}
Push-Location $root
try {
    & $iscc @arguments $iss
    if ($LASTEXITCODE -ne 0) { throw "iscc failed with exit code $LASTEXITCODE" }
    if ($env:ALLIANCE_SIGN_CERT_SHA1) {
        Get-ChildItem dist\Alliance-*-setup.exe | ForEach-Object { & signtool verify /pa /v $_.FullName }
        & signtool verify /pa dist\alliance\alliance-gui.exe
    }
} finally {
    Pop-Location
}
