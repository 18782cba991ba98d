// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Fails on purpose, one function per kind of failure the diagnosis must tell apart.
contract Reverter {
    error SaleNotActive(uint256 startsAt);
    error WeirdUnlistedError(bytes32 code);

    uint256 public counter;

    function failWithReason(string calldata reason) external pure {
        revert(reason);
    }

    function failWithKnownCustomError() external view {
        // The same selector as OpenZeppelin's Ownable error, which the diagnosis knows.
        revert OwnableUnauthorizedAccount(msg.sender);
    }

    error OwnableUnauthorizedAccount(address account);

    function failWithUnknownCustomError() external pure {
        revert WeirdUnlistedError(keccak256("nobody knows this one"));
    }

    function failWithPanic(uint256 divisor) external pure returns (uint256) {
        return 1 / divisor;
    }

    /// Writes storage until the gas runs out.
    function burnGas() external {
        for (uint256 i = 0; i < type(uint256).max; i++) {
            counter = i + counter;
        }
    }

    function sale() external view {
        revert SaleNotActive(block.timestamp + 1 days);
    }
}
