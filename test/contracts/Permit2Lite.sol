// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// The allowance half of Uniswap's Permit2 (AllowanceTransfer): same function and event signatures, placed at
/// Permit2's canonical address on the local node, so that Permit2 approvals look exactly as they do on chain.
contract Permit2Lite {
    struct PackedAllowance {
        uint160 amount;
        uint48 expiration;
        uint48 nonce;
    }

    mapping(address => mapping(address => mapping(address => PackedAllowance))) public allowance;

    event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration);

    function approve(address token, address spender, uint160 amount, uint48 expiration) external {
        PackedAllowance storage allowed = allowance[msg.sender][token][spender];
        allowed.amount = amount;
        allowed.expiration = expiration;
        emit Approval(msg.sender, token, spender, amount, expiration);
    }
}
